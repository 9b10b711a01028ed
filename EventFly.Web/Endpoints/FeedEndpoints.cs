using EventFly.Client.Contracts;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Identity;

namespace EventFly.Web.Endpoints;

/// <summary>An event's live feed and Q&amp;A. Who may read, write and moderate is Engagement's decision; the endpoints pass the caller on.</summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Engagement").RequireAuthorization();
        forEvent.MapGet("/feed", async (Guid eventId, [AsParameters] FeedQuery query, HttpContext http, IFeedService feed, IPollService polls,
                IQuizService quizzes, CancellationToken ct) =>
            {
                var actor = http.User.ToActor();
                var posts = await feed.ListFeedAsync(actor, eventId, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize, ct);
                return TypedResults.Ok(new FeedResponse(posts.Items, posts.Total, await polls.ListForEventAsync(actor, eventId, ct),
                    await quizzes.ListForEventAsync(actor, eventId, ct)));
            });
        forEvent.MapPost("/posts", async (Guid eventId, PostRequest body, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                var post = await feed.CreatePostAsync(http.User.ToActor(), eventId, new PostDraft(body.Body, body.ImageFileId, body.PublishAt), ct);
                return TypedResults.Created($"/api/posts/{post.Id}", post);
            });
        forEvent.MapGet("/mutes", async (Guid eventId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.ListMutesAsync(http.User.ToActor(), eventId, ct)));
        forEvent.MapPut("/mutes/{userId:guid}", async (Guid eventId, Guid userId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                await feed.MuteAsync(http.User.ToActor(), eventId, userId, ct);
                return TypedResults.NoContent();
            });
        forEvent.MapDelete("/mutes/{userId:guid}", async (Guid eventId, Guid userId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                await feed.UnmuteAsync(http.User.ToActor(), eventId, userId, ct);
                return TypedResults.NoContent();
            });

        var post = app.MapGroup("/api/posts/{postId:guid}").WithTags("Engagement").RequireAuthorization();
        post.MapGet("/", async (Guid postId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.GetPostAsync(http.User.ToActor(), postId, ct)));
        post.MapPut("/", async (Guid postId, PostRequest body, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.EditPostAsync(http.User.ToActor(), postId, new PostEdit(body.Body, body.ImageFileId), ct)));
        post.MapDelete("/", async (Guid postId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                await feed.DeletePostAsync(http.User.ToActor(), postId, ct);
                return TypedResults.NoContent();
            });
        post.MapPost("/pin", async (Guid postId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.PinPostAsync(http.User.ToActor(), postId, ct)));
        post.MapPost("/unpin", async (Guid postId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.UnpinPostAsync(http.User.ToActor(), postId, ct)));
        post.MapGet("/comments", async (Guid postId, [AsParameters] FeedQuery query, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.ListCommentsAsync(http.User.ToActor(), postId, query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize, ct)));
        post.MapPost("/comments", async (Guid postId, CommentRequest body, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                var comment = await feed.AddCommentAsync(http.User.ToActor(), postId, body.Body, ct);
                return TypedResults.Created($"/api/comments/{comment.Id}", comment);
            });
        post.MapPost("/reactions", async (Guid postId, ReactionRequest body, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.ReactAsync(http.User.ToActor(), postId, body.Kind, ct)));
        post.MapDelete("/reactions/{kind}", async (Guid postId, string kind, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.UnreactAsync(http.User.ToActor(), postId, kind, ct)));

        var comment = app.MapGroup("/api/comments/{commentId:guid}").WithTags("Engagement").RequireAuthorization();
        comment.MapPost("/hide", async (Guid commentId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.HideCommentAsync(http.User.ToActor(), commentId, ct)));
        comment.MapPost("/unhide", async (Guid commentId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            TypedResults.Ok(await feed.UnhideCommentAsync(http.User.ToActor(), commentId, ct)));
        comment.MapDelete("/", async (Guid commentId, HttpContext http, IFeedService feed, CancellationToken ct) =>
            {
                await feed.DeleteCommentAsync(http.User.ToActor(), commentId, ct);
                return TypedResults.NoContent();
            });

        forEvent.MapGet("/questions", async (Guid eventId, [AsParameters] QuestionListQuery query, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.ListAsync(http.User.ToActor(), eventId, query.Sort == "newest" ? QuestionSort.Newest : QuestionSort.Votes,
                query.Page ?? 1, query.PageSize ?? PagedQuery.DefaultPageSize, ct)));
        forEvent.MapPost("/questions", async (Guid eventId, QuestionRequest body, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            {
                var question = await questions.AskAsync(http.User.ToActor(), eventId, new QuestionDraft(body.Text, body.Anonymous), ct);
                return TypedResults.Created($"/api/questions/{question.Id}", question);
            });
        forEvent.MapGet("/qa-settings", async (Guid eventId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.GetSettingsAsync(http.User.ToActor(), eventId, ct)));
        forEvent.MapPut("/qa-settings", async (Guid eventId, QaSettingsRequest body, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.SetModerationAsync(http.User.ToActor(), eventId, body.ModerationOn, ct)));

        var question = app.MapGroup("/api/questions/{questionId:guid}").WithTags("Engagement").RequireAuthorization();
        question.MapGet("/", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.GetAsync(http.User.ToActor(), questionId, ct)));
        question.MapPost("/upvote", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.UpvoteAsync(http.User.ToActor(), questionId, ct)));
        question.MapDelete("/upvote", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.WithdrawUpvoteAsync(http.User.ToActor(), questionId, ct)));
        question.MapPost("/approve", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.ApproveAsync(http.User.ToActor(), questionId, ct)));
        question.MapPost("/answered", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.MarkAnsweredAsync(http.User.ToActor(), questionId, ct)));
        question.MapPost("/hide", async (Guid questionId, HttpContext http, IQuestionService questions, CancellationToken ct) =>
            TypedResults.Ok(await questions.HideAsync(http.User.ToActor(), questionId, ct)));
        return app;
    }
}

/// <summary>Query of the feed and comment lists.</summary>
internal sealed class FeedQuery : PagedQuery;

/// <summary><c>GET /api/events/{eventId}/feed</c>: a page of posts (pinned first, then newest), with the event's polls and quizzes.</summary>
internal sealed record FeedResponse(IReadOnlyList<PostView> Items, int Total, IReadOnlyList<PollView> Polls, IReadOnlyList<QuizView> Quizzes);

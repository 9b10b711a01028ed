using EventFly.Client.Contracts;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Identity;
// The API has an enum of the same name (EventFly.Client.Contracts) for the wire; the services take theirs.
using PollResultsVisibility = EventFly.Services.Engagement.Contracts.PollResultsVisibility;

namespace EventFly.Web.Endpoints;

/// <summary>Live polls and quizzes; Engagement decides who may create, run, vote and answer.</summary>
internal static class PollQuizEndpoints
{
    public static IEndpointRouteBuilder MapPollQuizEndpoints(this IEndpointRouteBuilder app)
    {
        var forEvent = app.MapGroup("/api/events/{eventId:guid}").WithTags("Engagement").RequireAuthorization();
        forEvent.MapGet("/polls", async (Guid eventId, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.ListForEventAsync(http.User.ToActor(), eventId, ct)));
        forEvent.MapPost("/polls", async (Guid eventId, PollRequest body, HttpContext http, IPollService polls, CancellationToken ct) =>
            {
                var poll = await polls.CreateAsync(http.User.ToActor(), eventId, new PollDraft(body.Question, body.Options, body.AllowMultiple, body.ClosesAt,
                    body.ResultsAfterClose ? PollResultsVisibility.AfterClose : PollResultsVisibility.Live, body.Draft), ct);
                return TypedResults.Created($"/api/polls/{poll.Id}", poll);
            });
        forEvent.MapGet("/quizzes", async (Guid eventId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.ListForEventAsync(http.User.ToActor(), eventId, ct)));
        forEvent.MapPost("/quizzes", async (Guid eventId, QuizRequest body, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            {
                var draft = new QuizDraft(body.Title, [.. body.Questions.Select(q => new QuizQuestionDraft(q.Text, q.Options, q.CorrectOptionIndex, q.TimeLimitSeconds))]);
                var quiz = await quizzes.CreateAsync(http.User.ToActor(), eventId, draft, ct);
                return TypedResults.Created($"/api/quizzes/{quiz.Id}", quiz);
            });

        var poll = app.MapGroup("/api/polls/{pollId:guid}").WithTags("Engagement").RequireAuthorization();
        poll.MapGet("/", async (Guid pollId, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.GetAsync(http.User.ToActor(), pollId, ct)));
        poll.MapGet("/results", async (Guid pollId, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.GetResultsAsync(http.User.ToActor(), pollId, ct)));
        poll.MapPost("/open", async (Guid pollId, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.OpenAsync(http.User.ToActor(), pollId, ct)));
        poll.MapPost("/close", async (Guid pollId, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.CloseAsync(http.User.ToActor(), pollId, ct)));
        poll.MapPost("/votes", async (Guid pollId, VoteRequest body, HttpContext http, IPollService polls, CancellationToken ct) =>
            TypedResults.Ok(await polls.VoteAsync(http.User.ToActor(), pollId, body.OptionIds, ct)));

        var quiz = app.MapGroup("/api/quizzes/{quizId:guid}").WithTags("Engagement").RequireAuthorization();
        quiz.MapGet("/", async (Guid quizId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.GetAsync(http.User.ToActor(), quizId, ct)));
        quiz.MapGet("/state", async (Guid quizId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.GetStateAsync(http.User.ToActor(), quizId, ct)));
        quiz.MapPost("/next", async (Guid quizId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.NextAsync(http.User.ToActor(), quizId, ct)));
        quiz.MapPost("/reveal", async (Guid quizId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.RevealAsync(http.User.ToActor(), quizId, ct)));
        quiz.MapPost("/answers", async (Guid quizId, QuizAnswerRequest body, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.AnswerAsync(http.User.ToActor(), quizId, body.QuestionId!.Value, body.OptionId!.Value, ct)));
        quiz.MapGet("/leaderboard", async (Guid quizId, HttpContext http, IQuizService quizzes, CancellationToken ct) =>
            TypedResults.Ok(await quizzes.GetLeaderboardAsync(http.User.ToActor(), quizId, ct)));
        return app;
    }
}

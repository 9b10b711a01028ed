using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Domain.Common;
using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>The matrix's rows for an event's live channel: its staff and ticket holders take part, moderators need <c>feed.manage</c>.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> EngagementRows()
    {
        var moderator = EventPermission(Permissions.FeedManage);
        yield return new("GET /api/events/{eventId}/feed", EventParticipant, On.Unknown);
        foreach (var on in new[] { On.Published, On.Draft })
        {
            // The event's channel.
            yield return new("GET /api/events/{eventId}/feed", EventParticipant, on);
            yield return new("POST /api/events/{eventId}/posts", moderator, on) { Body = _ => Json(new { body = "**Matrix** post" }) };
            yield return new("GET /api/events/{eventId}/mutes", moderator, on);
            yield return new("PUT /api/events/{eventId}/mutes/{userId}", moderator, on) { Setup = (_, _) => Task.FromResult(Values(("userId", Guid.NewGuid()))) };
            yield return new("DELETE /api/events/{eventId}/mutes/{userId}", moderator, on) { Setup = (_, _) => Task.FromResult(Values(("userId", Guid.NewGuid()))) };
            yield return new("GET /api/events/{eventId}/questions", EventParticipant, on);
            yield return new("POST /api/events/{eventId}/questions", EventParticipant, on) { Body = _ => Json(new { text = "Matrix question?", anonymous = true }) };
            yield return new("GET /api/events/{eventId}/qa-settings", EventParticipant, on);
            yield return new("PUT /api/events/{eventId}/qa-settings", moderator, on) { Body = _ => Json(new { moderationOn = false }) };
            yield return new("GET /api/events/{eventId}/polls", EventParticipant, on);
            yield return new("POST /api/events/{eventId}/polls", moderator, on) { Body = _ => Json(PollBody()) };
            yield return new("GET /api/events/{eventId}/quizzes", EventParticipant, on);
            yield return new("POST /api/events/{eventId}/quizzes", moderator, on) { Body = _ => Json(QuizBody()) };

            // A post, its comments and reactions.
            yield return new("GET /api/posts/{postId}", EventParticipant, on) { Setup = NewPostAsync };
            yield return new("PUT /api/posts/{postId}", moderator, on) { Setup = NewPostAsync, Body = _ => Json(new { body = "Edited by the matrix" }) };
            yield return new("DELETE /api/posts/{postId}", moderator, on) { Setup = NewPostAsync, Consumes = true };
            yield return new("POST /api/posts/{postId}/pin", moderator, on) { Setup = NewPostAsync };
            yield return new("POST /api/posts/{postId}/unpin", moderator, on) { Setup = NewPostAsync };
            yield return new("GET /api/posts/{postId}/comments", EventParticipant, on) { Setup = NewPostAsync };
            yield return new("POST /api/posts/{postId}/comments", EventParticipant, on) { Setup = NewPostAsync, Body = _ => Json(new { body = "Matrix comment" }) };
            yield return new("POST /api/posts/{postId}/reactions", EventParticipant, on) { Setup = NewPostAsync, Body = _ => Json(new { kind = "clap" }) };
            yield return new("DELETE /api/posts/{postId}/reactions/{kind}", EventParticipant, on)
            {
                Setup = async (s, t) =>
                {
                    var post = await NewPostAsync(s, t);
                    post.Values["kind"] = "clap";
                    return post;
                },
            };
            yield return new("POST /api/comments/{commentId}/hide", moderator, on) { Setup = NewCommentAsync };
            yield return new("POST /api/comments/{commentId}/unhide", moderator, on) { Setup = NewCommentAsync };
            yield return new("DELETE /api/comments/{commentId}", moderator, on) { Setup = NewCommentAsync, Consumes = true };

            // Q&A.
            yield return new("GET /api/questions/{questionId}", EventParticipant, on) { Setup = NewQuestionAsync };
            yield return new("POST /api/questions/{questionId}/upvote", EventParticipant, on) { Setup = NewQuestionAsync };
            yield return new("DELETE /api/questions/{questionId}/upvote", EventParticipant, on) { Setup = NewQuestionAsync };
            yield return new("POST /api/questions/{questionId}/approve", moderator, on) { Setup = NewQuestionAsync };
            yield return new("POST /api/questions/{questionId}/answered", moderator, on) { Setup = NewQuestionAsync };
            yield return new("POST /api/questions/{questionId}/hide", moderator, on) { Setup = NewQuestionAsync };

            // Polls: each caller votes once on the row's poll.
            yield return new("GET /api/polls/{pollId}", EventParticipant, on) { Setup = NewPollAsync };
            yield return new("GET /api/polls/{pollId}/results", EventParticipant, on) { Setup = NewPollAsync };
            yield return new("POST /api/polls/{pollId}/open", moderator, on) { Setup = NewPollAsync };
            yield return new("POST /api/polls/{pollId}/close", moderator, on) { Setup = NewPollAsync };
            yield return new("POST /api/polls/{pollId}/votes", EventParticipant, on)
            {
                Setup = NewPollAsync,
                Body = c => Json(new { optionIds = new[] { (Guid)c.Fixture.Data! } }),
            };

            // Quizzes, running with their first question open: each caller answers it once.
            yield return new("GET /api/quizzes/{quizId}", EventParticipant, on) { Setup = RunningQuizAsync };
            yield return new("GET /api/quizzes/{quizId}/state", EventParticipant, on) { Setup = RunningQuizAsync };
            yield return new("GET /api/quizzes/{quizId}/leaderboard", EventParticipant, on) { Setup = RunningQuizAsync };
            yield return new("POST /api/quizzes/{quizId}/next", moderator, on) { Setup = RunningQuizAsync };
            yield return new("POST /api/quizzes/{quizId}/reveal", moderator, on) { Setup = RunningQuizAsync };
            yield return new("POST /api/quizzes/{quizId}/answers", EventParticipant, on)
            {
                Setup = RunningQuizAsync,
                Body = c => Json((QuizAnswer)c.Fixture.Data!),
            };
        }
    }

    /// <summary>Its staff and the holders of a confirmed ticket (403 <c>not_a_participant</c> for others); a draft hidden (404) from all but its staff.</summary>
    private static Access EventParticipant => new(Rule.EventParticipant);

    private sealed record QuizAnswer(Guid QuestionId, Guid OptionId);

    private static object PollBody() => new { question = "Matrix poll?", options = new[] { "Yes", "No" } };

    private static object QuizBody() => new
    {
        title = "Matrix quiz",
        questions = new[]
        {
            new { text = "First?", options = new[] { "A", "B" }, correctOptionIndex = 0, timeLimitSeconds = 120 },
            new { text = "Second?", options = new[] { "A", "B" }, correctOptionIndex = 1, timeLimitSeconds = 120 },
        },
    };

    private static async Task<Fixture> NewPostAsync(AuthorizationScenario s, EventTarget t) =>
        Values(("postId", (await CreatedAsync(s.Owner, $"/api/events/{t.Id}/posts", new { body = "Matrix post" })).GetProperty("id").GetGuid()));

    private static async Task<Fixture> NewCommentAsync(AuthorizationScenario s, EventTarget t)
    {
        var postId = (await NewPostAsync(s, t)).Values["postId"];
        return Values(("commentId", (await CreatedAsync(s.Owner, $"/api/posts/{postId}/comments", new { body = "Matrix comment" })).GetProperty("id").GetGuid()));
    }

    private static async Task<Fixture> NewQuestionAsync(AuthorizationScenario s, EventTarget t) =>
        Values(("questionId", (await CreatedAsync(s.Owner, $"/api/events/{t.Id}/questions", new { text = "Asked by the owner?" })).GetProperty("id").GetGuid()));

    private static async Task<Fixture> NewPollAsync(AuthorizationScenario s, EventTarget t)
    {
        var poll = await CreatedAsync(s.Owner, $"/api/events/{t.Id}/polls", PollBody());
        return Values(("pollId", poll.GetProperty("id").GetGuid())) with { Data = poll.GetProperty("options")[0].GetProperty("id").GetGuid() };
    }

    private static async Task<Fixture> RunningQuizAsync(AuthorizationScenario s, EventTarget t)
    {
        var quizId = (await CreatedAsync(s.Owner, $"/api/events/{t.Id}/quizzes", QuizBody())).GetProperty("id").GetGuid();
        var next = await s.Owner.PostAsync($"/api/quizzes/{quizId}/next", null);
        Assert.True(next.IsSuccessStatusCode, "starting the quiz: " + await next.Content.ReadAsStringAsync());
        var question = (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("question");
        return Values(("quizId", quizId)) with
        {
            Data = new QuizAnswer(question.GetProperty("id").GetGuid(), question.GetProperty("options")[0].GetProperty("id").GetGuid()),
        };
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient owner, string url, object body)
    {
        var response = await owner.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

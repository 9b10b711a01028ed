using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EventFly.Client.Api;

/// <summary>Turns HTTP responses of the EventFly API (ProblemDetails on failure) into <see cref="ApiResult{T}"/>.</summary>
internal static class HttpApi
{
    public static async Task<ApiResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            if (typeof(T) == typeof(bool)) return ApiResult<T>.Ok((T)(object)true);
            var value = await response.Content.ReadFromJsonAsync<T>(cancellationToken);
            return value is null ? ApiResult<T>.Fail("The server sent an empty answer.") : ApiResult<T>.Ok(value);
        }
        return await FailureAsync<T>(response, cancellationToken);
    }

    private static async Task<ApiResult<T>> FailureAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Problem? problem = null;
        try
        {
            if (response.Content.Headers.ContentLength != 0)
                problem = await response.Content.ReadFromJsonAsync<Problem>(cancellationToken);
        }
        catch (JsonException)
        {
            // Not a ProblemDetails body: fall back to the status code.
        }

        var fieldErrors = problem?.Errors ?? new Dictionary<string, string[]>();
        var message = problem?.Code is { } code && FriendlyMessages.TryGetValue(code, out var friendly) ? friendly : response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => problem?.Detail ?? "Wrong e-mail or password, or you are signed out.",
            HttpStatusCode.Forbidden => "You are not allowed to do that.",
            HttpStatusCode.NotFound => "Not found.",
            HttpStatusCode.TooManyRequests => "Too many attempts. Try again in a moment.",
            _ when fieldErrors.Count > 0 => string.Join(" ", fieldErrors.Values.SelectMany(v => v)),
            _ => problem?.Detail ?? problem?.Title ?? $"The server answered {(int)response.StatusCode}.",
        };
        return ApiResult<T>.Fail(message, fieldErrors) with { Code = problem?.Code, Status = (int)response.StatusCode };
    }

    /// <summary>What a refusal of the live channel means to a participant, in their words rather than the server's.</summary>
    private static readonly Dictionary<string, string> FriendlyMessages = new(StringComparer.Ordinal)
    {
        ["muted"] = "You were muted by the organizers.",
        ["feedback_closed"] = "Feedback for this event is closed.",
        ["not_a_ticket_holder"] = "Feedback is for ticket holders of this event.",
        ["not_a_participant"] = "The live channel is for ticket holders of this event.",
        ["already_voted"] = "You already voted in this poll.",
        ["poll_closed"] = "This poll has closed.",
        ["poll_not_open"] = "This poll is not open yet.",
        ["invalid_choice"] = "Choose one option (or, where the poll allows it, several).",
        ["answer_too_late"] = "Time's up: your answer came too late.",
        ["already_answered"] = "You already answered this question.",
        ["question_not_open"] = "This question is no longer open.",
        ["already_upvoted"] = "You already upvoted this question.",
        ["cannot_upvote_own_question"] = "You can't upvote your own question.",
        ["question_not_visible"] = "This question is not visible.",
        ["comment_deleted"] = "This comment was deleted.",
        ["unknown_post"] = "This post is gone.",
        ["unknown_poll"] = "This poll is gone.",
        ["unknown_quiz"] = "This quiz is gone.",
    };

    private sealed record Problem(string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors);
}

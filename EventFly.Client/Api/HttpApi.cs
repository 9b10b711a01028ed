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
        var message = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => problem?.Detail ?? "Wrong e-mail or password, or you are signed out.",
            HttpStatusCode.Forbidden => "You are not allowed to do that.",
            HttpStatusCode.NotFound => "Not found.",
            HttpStatusCode.TooManyRequests => "Too many attempts. Try again in a moment.",
            _ when fieldErrors.Count > 0 => string.Join(" ", fieldErrors.Values.SelectMany(v => v)),
            _ => problem?.Detail ?? problem?.Title ?? $"The server answered {(int)response.StatusCode}.",
        };
        return ApiResult<T>.Fail(message, fieldErrors);
    }

    private sealed record Problem(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

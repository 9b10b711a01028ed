namespace EventFly.Client.Api;

/// <summary>What a call to the API came back with: a value, or a message fit to show the user plus field errors.</summary>
public sealed record ApiResult<T>(T? Value, string? Error, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public bool Succeeded => Error is null;

    /// <summary>The failure's <c>code</c> from the server's ProblemDetails (<c>muted</c>, <c>already_voted</c>…), when it sent one.</summary>
    public string? Code { get; init; }

    /// <summary>The HTTP status of a failure that came from the server (401, 403, 404, 409…).</summary>
    public int? Status { get; init; }

    public static ApiResult<T> Ok(T value) => new(value, null, Empty);

    public static ApiResult<T> Fail(string error, IReadOnlyDictionary<string, string[]>? fieldErrors = null) =>
        new(default, error, fieldErrors ?? Empty);

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();
}

namespace EventFly.Web.Infrastructure;

/// <summary>Error codes only the web host answers (no context raises them), listed in docs/api.md; wire values never change.</summary>
internal static class WebErrors
{
    /// <summary>400: a form posted without a valid antiforgery token (e.g. from a stale page).</summary>
    public const string AntiforgeryFailed = "antiforgery_failed";

    /// <summary>400: the request body could not be read.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>409: an optimistic concurrency token lost a race.</summary>
    public const string ConcurrencyConflict = "concurrency_conflict";

    /// <summary>400: a Stripe webhook whose signature does not verify.</summary>
    public const string InvalidSignature = "invalid_signature";

    /// <summary>403: a prerendered or portal call that needs a signed-in caller found none.</summary>
    public const string SignedOut = "signed_out";
}

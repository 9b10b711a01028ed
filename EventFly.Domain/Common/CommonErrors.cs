namespace EventFly.Domain.Common;

/// <summary>
/// Error codes of the shared kernel (money, geo points, permissions): the <c>code</c> of a ProblemDetails answer,
/// listed in docs/api.md. The wire values never change; a context's own codes live in its <c>…Errors</c> catalog.
/// </summary>
public static class CommonErrors
{
    /// <summary>A currency is not a three-letter ISO 4217 code.</summary>
    public const string InvalidCurrency = "invalid_currency";

    public const string NegativeAmount = "negative_amount";

    /// <summary>Amounts in different currencies were added (all tickets of an order must share one).</summary>
    public const string CurrencyMismatch = "currency_mismatch";

    /// <summary>A latitude outside -90..90.</summary>
    public const string InvalidLatitude = "invalid_latitude";

    /// <summary>A longitude outside -180..180.</summary>
    public const string InvalidLongitude = "invalid_longitude";

    /// <summary>403: the caller lacks the permission, is not on the staff, or is not signed in where a use case needs it.</summary>
    public const string Forbidden = "forbidden";
}

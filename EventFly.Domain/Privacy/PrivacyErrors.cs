namespace EventFly.Domain.Privacy;

/// <summary>Error codes of the Privacy context (data export, account deletion), listed in docs/api.md; wire values never change.</summary>
public static class PrivacyErrors
{
    /// <summary>400: deleting the account needs the account's current password, and the one given was missing or wrong.</summary>
    public const string InvalidPassword = "invalid_password";

    /// <summary>
    /// 429: too many wrong passwords in a row (the sign-in's lockout: 5 tries, then 5 minutes); the check counts against the
    /// same lockout as signing in, so it is no way around it.
    /// </summary>
    public const string LockedOut = "locked_out";

    /// <summary>409: the account has paid orders for events still to come; the request must say whether to cancel or keep them.</summary>
    public const string OpenPaidOrders = "open_paid_orders";

    /// <summary>409: the account is the only owner of an organization; ownership must be handed over first.</summary>
    public const string SoleOwner = "sole_owner";
}

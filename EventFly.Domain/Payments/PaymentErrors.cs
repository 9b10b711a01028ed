namespace EventFly.Domain.Payments;

/// <summary>Error codes of the Payments context, listed in docs/api.md; wire values never change.</summary>
public static class PaymentErrors
{
    /// <summary>503: the payment gateway failed to open a checkout.</summary>
    public const string PaymentUnavailable = "payment_unavailable";

    /// <summary>A checkout asked for the Free package, which needs none.</summary>
    public const string PackageFree = "package_free";

    /// <summary>Cancelling the subscription of an organization that has no paid one.</summary>
    public const string NoSubscription = "no_subscription";

    /// <summary>A refund of nothing, or of more than is left of the payment.</summary>
    public const string RefundTooLarge = "refund_too_large";
}

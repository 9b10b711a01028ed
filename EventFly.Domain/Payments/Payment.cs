using EventFly.Domain.Common;

namespace EventFly.Domain.Payments;

public enum PaymentPurpose
{
    TicketOrder,
    Subscription,
}

public enum PaymentStatus
{
    Open,
    Paid,
    Expired,
    Failed,
}

/// <summary>
/// One checkout at the payment gateway: for a ticket order or an organization's subscription. Refunds never exceed
/// what was paid; a second refund of the whole amount changes nothing.
/// </summary>
public sealed class Payment : Entity<Guid>
{
    private Payment()
    {
        CheckoutSessionId = "";
        Currency = "";
    }

    public PaymentPurpose Purpose { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public string? PackageId { get; private set; }

    public string CheckoutSessionId { get; private set; }

    public string? PaymentIntentId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public decimal RefundedAmount { get; private set; }

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>What is paid for, as the requester named it (e.g. "Tickets, order 1A2B3C4D"); null on payments made before it was stored.</summary>
    public string? Description { get; private set; }

    /// <summary>Where the payer returns after the checkout, as the requester gave it; null on payments made before it was stored.</summary>
    public string? ReturnUrl { get; private set; }

    public static Payment ForOrder(Guid orderId, string checkoutSessionId, Money amount, string description, string returnUrl, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Purpose = PaymentPurpose.TicketOrder, OrderId = orderId, CheckoutSessionId = checkoutSessionId,
            Amount = amount.Amount, Currency = amount.Currency, Status = PaymentStatus.Open, CreatedAt = now, Description = description, ReturnUrl = returnUrl,
        };

    public static Payment ForSubscription(
        Guid organizationId, string packageId, string checkoutSessionId, Money amount, string description, string returnUrl, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Purpose = PaymentPurpose.Subscription, OrganizationId = organizationId, PackageId = packageId,
            CheckoutSessionId = checkoutSessionId, Amount = amount.Amount, Currency = amount.Currency, Status = PaymentStatus.Open, CreatedAt = now,
            Description = description, ReturnUrl = returnUrl,
        };

    /// <returns>False when it was already paid (a replayed or duplicate notice).</returns>
    public bool MarkPaid(string? paymentIntentId, DateTimeOffset now)
    {
        if (Status == PaymentStatus.Paid) return false;
        Status = PaymentStatus.Paid;
        PaymentIntentId = paymentIntentId ?? PaymentIntentId;
        PaidAt = now;
        return true;
    }

    /// <summary>The checkout lapsed unpaid. A payment already made stays paid (notices may arrive out of order).</summary>
    /// <returns>Whether the status changed.</returns>
    public bool MarkExpired()
    {
        if (Status != PaymentStatus.Open) return false;
        Status = PaymentStatus.Expired;
        return true;
    }

    public void MarkFailed()
    {
        if (Status == PaymentStatus.Open) Status = PaymentStatus.Failed;
    }

    /// <summary>How much of <paramref name="requested"/> may still be refunded: never more than paid minus refunded.</summary>
    public decimal Refundable(decimal requested) => Status == PaymentStatus.Paid ? Math.Max(0, Math.Min(requested, Amount - RefundedAmount)) : 0;

    public void RecordRefund(decimal amount)
    {
        if (amount <= 0 || amount > Amount - RefundedAmount) throw new DomainException(PaymentErrors.RefundTooLarge, "A refund cannot exceed what is left of the payment.");
        RefundedAmount += amount;
    }

    /// <summary>The gateway says this much was refunded in total (e.g. from its dashboard).</summary>
    public void SyncRefunded(decimal totalRefunded) => RefundedAmount = Math.Min(Amount, Math.Max(RefundedAmount, totalRefunded));
}

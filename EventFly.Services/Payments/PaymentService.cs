using EventFly.Domain.Common;
using EventFly.Domain.Payments;
using EventFly.Services.Common;
using EventFly.Services.Payments.Configurations;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Payments.Persistence;

namespace EventFly.Services.Payments;

internal sealed partial class PaymentService(
    PaymentsData db, IPaymentGateway gateway, IOrganizationAccess access, IOrganizationBilling billing, TimeProvider time, ILogger<PaymentService> logger)
    : IPaymentService
{
    public bool UsesSandbox => gateway.IsSandbox;

    public async Task<string> StartOrderCheckoutAsync(OrderCheckout checkout, CancellationToken cancellationToken)
    {
        var session = await OpenAsync(new CheckoutRequest(
            Subscription: false, checkout.Total.Currency, checkout.Lines, checkout.ExpiresAt,
            checkout.ReturnUrl, checkout.ReturnUrl + "?checkout=cancelled",
            new Dictionary<string, string> { ["orderId"] = checkout.OrderId.ToString() }, $"order-{checkout.OrderId}", checkout.BuyerEmail), cancellationToken);
        db.Payments.Add(Payment.ForOrder(checkout.OrderId, session.Id, checkout.Total, checkout.Description, checkout.ReturnUrl, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return session.Url;
    }

    public async Task<string> StartSubscriptionCheckoutAsync(Actor actor, Guid organizationId, string packageId, string returnUrl, CancellationToken cancellationToken)
    {
        await RequireBillingAsync(actor, organizationId, cancellationToken);
        var package = Packages.Find(packageId);
        if (package.MonthlyPrice.IsFree) throw new DomainException(PaymentErrors.PackageFree, "The Free package needs no checkout.");
        var attempt = Guid.CreateVersion7(time.GetUtcNow());
        var session = await OpenAsync(new CheckoutRequest(
            Subscription: true, package.MonthlyPrice.Currency, [new CheckoutLine($"EventFly {package.Name}", package.MonthlyPrice.ToMinorUnits(), 1)], null,
            returnUrl + "?checkout=success", returnUrl + "?checkout=cancelled",
            new Dictionary<string, string> { ["organizationId"] = organizationId.ToString(), ["packageId"] = package.Id }, $"subscription-{attempt}", null), cancellationToken);
        db.Payments.Add(Payment.ForSubscription(organizationId, package.Id, session.Id, package.MonthlyPrice, SubscriptionDescription(package.Id), returnUrl,
            time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return session.Url;
    }

    public async Task CancelSubscriptionAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        await RequireBillingAsync(actor, organizationId, cancellationToken);
        var subscriptionId = await billing.GetSubscriptionIdAsync(organizationId, cancellationToken)
            ?? throw new DomainException(PaymentErrors.NoSubscription, "This organization has no paid subscription to cancel.");
        await gateway.CancelSubscriptionAsync(subscriptionId, cancellationToken);
        // The sandbox has no webhooks: it confirms the way Stripe would.
        if (gateway.IsSandbox)
            await HandleAsync(new PaymentNotice($"evt_sandbox_{Guid.NewGuid():N}", "customer.subscription.deleted", SubscriptionId: subscriptionId,
                SubscriptionStatus: "canceled", Metadata: new Dictionary<string, string> { ["organizationId"] = organizationId.ToString() }), cancellationToken);
    }

    public async Task<bool> HandleAsync(PaymentNotice notice, CancellationToken cancellationToken)
    {
        if (await db.ProcessedNotices.AsNoTracking().AnyAsync(n => n.Id == notice.Id, cancellationToken))
        {
            LogReplay(logger, notice.Id, notice.Type);
            return false;
        }
        var now = time.GetUtcNow();
        db.Add(new ProcessedPaymentNotice(notice.Id, notice.Type, now));
        await ApplyAsync(notice, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(ProcessedPaymentNoticeConfiguration.OncePerNotice))
        {
            // Delivered twice at once: the other delivery applied it (otherwise the failure is real).
            db.ChangeTracker.Clear();
            if (!await db.ProcessedNotices.AsNoTracking().AnyAsync(n => n.Id == notice.Id, cancellationToken)) throw;
            LogReplay(logger, notice.Id, notice.Type);
            return false;
        }
    }

    /// <summary>Changes the payment and adds the effects for other contexts; the caller saves it all at once.</summary>
    private async Task ApplyAsync(PaymentNotice notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (notice.Type)
        {
            case "checkout.session.completed" when await BySessionAsync(notice, cancellationToken) is { } payment:
                if (!payment.MarkPaid(notice.PaymentIntentId, now)) return;
                db.Add(payment.Purpose == PaymentPurpose.TicketOrder
                    ? IntegrationEvents.ToOutbox(new OrderPaidV1(payment.OrderId!.Value, now))
                    : PackageEffectHandler.Message(new PackageEffect(payment.OrganizationId!.Value, payment.PackageId!,
                        SubscriptionId: notice.SubscriptionId ?? payment.CheckoutSessionId), now));
                break;
            case "checkout.session.expired" when await BySessionAsync(notice, cancellationToken) is { } payment:
                // Out of order after a completed checkout: the payment stays paid and the order confirmed.
                if (payment.MarkExpired() && payment.Purpose == PaymentPurpose.TicketOrder)
                    db.Add(IntegrationEvents.ToOutbox(new OrderCheckoutEndedV1(payment.OrderId!.Value, now)));
                break;
            case "charge.refunded" when await ByIntentAsync(notice.PaymentIntentId, cancellationToken) is { } payment:
                payment.SyncRefunded(Money.FromMinorUnits(notice.AmountRefundedMinor ?? 0, payment.Currency).Amount);
                break;
            case "payment_intent.payment_failed" when await ByIntentAsync(notice.PaymentIntentId, cancellationToken) is { } payment:
                payment.MarkFailed();
                break;
            case "customer.subscription.created" or "customer.subscription.updated" or "customer.subscription.deleted"
                when notice.Metadata?.GetValueOrDefault("organizationId") is { } org && Guid.TryParse(org, out var organizationId):
                var active = notice.Type != "customer.subscription.deleted" && notice.SubscriptionStatus is "active" or "trialing" or "past_due";
                db.Add(PackageEffectHandler.Message(active
                    ? new PackageEffect(organizationId, notice.Metadata.GetValueOrDefault("packageId") ?? Packages.Free.Id, SubscriptionId: notice.SubscriptionId)
                    : new PackageEffect(organizationId, Packages.Free.Id, EndedSubscriptionId: notice.SubscriptionId), now));
                break;
            default:
                LogIgnored(logger, notice.Id, notice.Type);
                break;
        }
    }

    public async Task RefundOrderAsync(Guid orderId, decimal amount, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentStatus.Paid).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var refundable = payment?.Refundable(amount) ?? 0;
        if (payment is null || refundable == 0)
        {
            LogNothingToRefund(logger, orderId);
            return;
        }
        // The key names what was refunded before: a retry of this refund repeats it at the gateway, a later refund is new.
        var key = $"refund-{payment.Id}-{payment.RefundedAmount.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await gateway.RefundAsync(await PaymentIntentOfAsync(payment, cancellationToken), new Money(refundable, payment.Currency).ToMinorUnits(), key, cancellationToken);
        payment.RecordRefund(refundable);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> ReconcileOrderAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId && p.Status == PaymentStatus.Open).FirstOrDefaultAsync(cancellationToken);
        if (payment is null || gateway.IsSandbox) return false;
        var state = await gateway.GetCheckoutStateAsync(payment.CheckoutSessionId, cancellationToken);
        if (!state.Paid) return false;
        await HandleAsync(new PaymentNotice($"reconciled-{payment.CheckoutSessionId}", "checkout.session.completed", payment.CheckoutSessionId, state.PaymentIntentId),
            cancellationToken);
        return true;
    }

    public async Task<CheckoutView?> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.CheckoutSessionId == sessionId, cancellationToken);
        if (payment is null) return null;
        var back = payment.ReturnUrl ?? "/";
        return new CheckoutView(payment.CheckoutSessionId, DescriptionOf(payment), new Money(payment.Amount, payment.Currency), StateOf(payment.Status),
            payment.Purpose == PaymentPurpose.Subscription, back, back + "?checkout=cancelled");
    }

    public async Task<IReadOnlyList<PaymentView>> ListForOrganizationAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        await RequireBillingAsync(actor, organizationId, cancellationToken);
        return [.. (await db.Payments.AsNoTracking().Where(p => p.OrganizationId == organizationId).OrderByDescending(p => p.CreatedAt).Take(100).ToListAsync(cancellationToken))
            .Select(p => new PaymentView(p.Id, KindOf(p.Purpose), DescriptionOf(p), new Money(p.Amount, p.Currency),
                new Money(p.RefundedAmount, p.Currency), StateOf(p.Status), p.CreatedAt, p.PaidAt))];
    }

    private static PaymentState StateOf(PaymentStatus status) => status switch
    {
        PaymentStatus.Open => PaymentState.Open,
        PaymentStatus.Paid => PaymentState.Paid,
        PaymentStatus.Expired => PaymentState.Expired,
        PaymentStatus.Failed => PaymentState.Failed,
    };

    private static PaymentKind KindOf(PaymentPurpose purpose) => purpose switch
    {
        PaymentPurpose.TicketOrder => PaymentKind.TicketOrder,
        PaymentPurpose.Subscription => PaymentKind.Subscription,
    };

    private async Task RequireBillingAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken) =>
        (await access.GetGrantAsync(actor, organizationId, cancellationToken)).Require(Permissions.BillingManage);

    private static string SubscriptionDescription(string? packageId) => $"EventFly {Packages.Find(packageId).Name}, monthly";

    /// <summary>db.Payments made before descriptions were stored fall back to a generic one.</summary>
    private static string DescriptionOf(Payment p) =>
        p.Description ?? (p.Purpose == PaymentPurpose.Subscription ? SubscriptionDescription(p.PackageId) : "Tickets");

    /// <summary>
    /// Refunds go to the payment intent, which a completed checkout's notice names; a payment whose notice did not name it
    /// asks the gateway. A checkout session id is never a payment intent, so without one the refund fails (and is retried).
    /// </summary>
    private async Task<string> PaymentIntentOfAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.PaymentIntentId is { } known) return known;
        var state = await gateway.GetCheckoutStateAsync(payment.CheckoutSessionId, cancellationToken);
        return state.PaymentIntentId
            ?? throw new InvalidOperationException($"The gateway names no payment intent for checkout {payment.CheckoutSessionId}; the refund cannot be sent yet.");
    }

    /// <summary>Opens a checkout; a gateway that cannot be reached or refuses becomes <c>payment_unavailable</c>.</summary>
    private async Task<CheckoutSession> OpenAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await gateway.CreateCheckoutAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DomainException)
        {
            LogGatewayFailed(logger, ex);
            throw new DomainException(PaymentErrors.PaymentUnavailable, "Payment could not start. Try again in a moment.");
        }
    }

    private Task<Payment?> BySessionAsync(PaymentNotice notice, CancellationToken cancellationToken) =>
        Find(db.Payments.Where(p => p.CheckoutSessionId == notice.SessionId), notice, cancellationToken);

    private Task<Payment?> ByIntentAsync(string? paymentIntentId, CancellationToken cancellationToken) =>
        db.Payments.Where(p => p.PaymentIntentId == paymentIntentId).FirstOrDefaultAsync(cancellationToken);

    private async Task<Payment?> Find(IQueryable<Payment> query, PaymentNotice notice, CancellationToken cancellationToken)
    {
        var payment = await query.FirstOrDefaultAsync(cancellationToken);
        if (payment is null) LogUnknown(logger, notice.Id, notice.Type, notice.SessionId);
        return payment;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment notice {Id} ({Type}) was applied before; ignored")]
    private static partial void LogReplay(ILogger logger, string id, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment notice {Id} of type {Type} needs nothing; ignored")]
    private static partial void LogIgnored(ILogger logger, string id, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment notice {Id} ({Type}) names checkout {SessionId}, which is not ours; ignored")]
    private static partial void LogUnknown(ILogger logger, string id, string type, string? sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The payment gateway could not open a checkout")]
    private static partial void LogGatewayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nothing (more) to refund for order {OrderId}")]
    private static partial void LogNothingToRefund(ILogger logger, Guid orderId);
}

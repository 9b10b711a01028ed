using EventFly.Domain.Notifications;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Notifications.Mails;
using EventFly.Services.Outbox;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Notifications.Handlers;

/// <summary>
/// The bell's entry for a confirmed order. Ticketing e-mails the tickets and receipt (transactional), so this is in-app
/// only; the order's key makes a redelivered event store nothing twice.
/// </summary>
internal sealed class OrderConfirmedNotificationHandler(IEventService events, IProfileService accounts, NotificationWriter writer)
    : IntegrationEventHandler<OrderConfirmedV1>
{
    protected override async Task HandleAsync(OrderConfirmedV1 confirmed, CancellationToken cancellationToken)
    {
        if (await events.GetSummaryAsync(confirmed.EventId, cancellationToken) is not { } ev) return;
        if ((await accounts.GetAccountsAsync([confirmed.BuyerId], cancellationToken)).SingleOrDefault() is not { } buyer) return;
        await writer.TryStoreAsync(new NotificationDraft(buyer.Id, NotificationKeys.TicketsIssued(confirmed.OrderId), NotificationReason.TicketsIssued, ev.Id,
            NotificationTexts.Format("InAppTicketsTitle", buyer.Language, ev.Name),
            NotificationTexts.Format("InAppTicketsBody", buyer.Language, confirmed.Tickets),
            NotificationLinks.Order(confirmed.OrderId), InApp: true, Mail: null), cancellationToken);
    }
}

/// <summary>
/// The bell's entry for a cancelled order; when the whole event was cancelled, one "event cancelled" entry per person
/// (however many orders they had). Ticketing e-mails the cancellation (transactional), so this is in-app only.
/// </summary>
internal sealed class OrderCancelledNotificationHandler(IEventService events, IProfileService accounts, NotificationWriter writer)
    : IntegrationEventHandler<OrderCancelledV1>
{
    protected override async Task HandleAsync(OrderCancelledV1 cancelled, CancellationToken cancellationToken)
    {
        if (await events.GetSummaryAsync(cancelled.EventId, cancellationToken) is not { } ev) return;
        if ((await accounts.GetAccountsAsync([cancelled.BuyerId], cancellationToken)).SingleOrDefault() is not { } buyer) return;
        var language = buyer.Language;
        var draft = ev.Status == EventState.Cancelled
            ? new NotificationDraft(buyer.Id, NotificationKeys.EventCancelled(ev.Id, buyer.Id), NotificationReason.EventCancelled, ev.Id,
                NotificationTexts.Format("InAppEventCancelledTitle", language, ev.Name),
                NotificationTexts.Format(cancelled.Refunded ? "InAppEventCancelledRefundBody" : "InAppEventCancelledBody", language),
                NotificationLinks.Event(ev.Id), InApp: true, Mail: null)
            : new NotificationDraft(buyer.Id, NotificationKeys.OrderCancelled(cancelled.OrderId), NotificationReason.OrderCancelled, ev.Id,
                NotificationTexts.Format("InAppOrderCancelledTitle", language, ev.Name),
                NotificationTexts.Format(cancelled.Refunded ? "InAppOrderCancelledRefundBody" : "InAppOrderCancelledBody", language),
                NotificationLinks.Order(cancelled.OrderId), InApp: true, Mail: null);
        await writer.TryStoreAsync(draft, cancellationToken);
    }
}

using System.Text.Json;
using EventFly.Services.Outbox;

namespace EventFly.Services.Ticketing;

/// <summary>Tickets were issued (free order, or payment arrived).</summary>
public sealed record OrderConfirmed(Guid OrderId, Guid EventId, Guid BuyerId, decimal Total, string Currency, int Tickets, DateTimeOffset OccurredAt);

/// <summary>An order was cancelled by its buyer or staff (its seats returned to sale).</summary>
public sealed record OrderCancelled(Guid OrderId, Guid EventId, Guid BuyerId, bool Refunded, DateTimeOffset OccurredAt);

public sealed record TicketCheckedIn(Guid TicketId, Guid EventId, Guid StaffId, DateTimeOffset OccurredAt);

/// <summary>What the Ticketing context tells other contexts, carried by the outbox in the transaction of the change.</summary>
internal static class TicketingIntegrationEvents
{
    public static IReadOnlyList<string> Types { get; } = [TypeOf<OrderConfirmed>(), TypeOf<OrderCancelled>(), TypeOf<TicketCheckedIn>()];

    public static OutboxMessage Message<T>(T integrationEvent, DateTimeOffset now) => new(TypeOf<T>(), JsonSerializer.Serialize(integrationEvent), now);

    private static string TypeOf<T>() => typeof(T).Name switch
    {
        nameof(OrderConfirmed) => "ticketing.order_confirmed",
        nameof(OrderCancelled) => "ticketing.order_cancelled",
        nameof(TicketCheckedIn) => "ticketing.ticket_checked_in",
        var other => throw new ArgumentOutOfRangeException(nameof(T), other, "Not a Ticketing integration event."),
    };
}

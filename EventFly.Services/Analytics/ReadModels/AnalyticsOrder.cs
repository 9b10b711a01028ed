namespace EventFly.Services.Analytics.ReadModels;

/// <summary>
/// An order as far as its confirmation and cancellation have arrived, in either order: a cancellation that arrives
/// first waits here for the confirmation, so totals come out the same whatever the delivery order.
/// </summary>
internal sealed class AnalyticsOrder(Guid orderId, Guid eventId)
{
    public Guid OrderId { get; private set; } = orderId;

    public Guid EventId { get; private set; } = eventId;

    public int Tickets { get; set; }

    /// <summary>In hundredths of the currency, so both providers can sum it.</summary>
    public long Total { get; set; }

    /// <summary>Each line as <c>ticketTypeId:quantity:unitPriceHundredths</c>, separated by <c>;</c>.</summary>
    public string Lines { get; set; } = "";

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public bool Refunded { get; set; }
}

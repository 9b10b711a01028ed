namespace EventFly.Services.Analytics.ReadModels;

/// <summary>A ticket type's sales over the event's life: <see cref="Sold"/> excludes cancelled tickets; revenue in hundredths, net of refunds.</summary>
internal sealed class AnalyticsTicketTypeSales(Guid eventId, Guid ticketTypeId)
{
    public Guid EventId { get; private set; } = eventId;

    public Guid TicketTypeId { get; private set; } = ticketTypeId;

    public int Sold { get; set; }

    public int Cancelled { get; set; }

    public long Revenue { get; set; }

    public int Version { get; set; }
}

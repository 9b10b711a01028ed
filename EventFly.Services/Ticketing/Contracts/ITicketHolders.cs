namespace EventFly.Services.Ticketing.Contracts;

/// <summary>Whether someone holds a ticket for an event, for contexts that admit ticket holders (Engagement's live channel).</summary>
public interface ITicketHolders
{
    /// <summary>True when <paramref name="userId"/> bought at least one ticket of a confirmed order for the event.</summary>
    Task<bool> HoldsTicketAsync(Guid userId, Guid eventId, CancellationToken cancellationToken);
}

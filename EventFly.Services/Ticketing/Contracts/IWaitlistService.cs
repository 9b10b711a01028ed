namespace EventFly.Services.Ticketing.Contracts;

/// <summary>Waitlists of sold-out ticket types: returned seats are offered, in line order, for a limited time.</summary>
public interface IWaitlistService
{
    /// <summary>Only for a sold-out ticket type; joining twice returns the existing place.</summary>
    Task<WaitlistEntryView> JoinAsync(Guid eventId, Guid ticketTypeId, Guid userId, int quantity, CancellationToken cancellationToken);

    Task LeaveAsync(Guid eventId, Guid ticketTypeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The participant's active places on the event's waitlists.</summary>
    Task<IReadOnlyList<WaitlistEntryView>> ListMineAsync(Guid eventId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Turns an open offer into an order: confirmed at once when free, otherwise awaiting payment.</summary>
    Task<OrderView> ClaimAsync(Guid entryId, Guid userId, CancellationToken cancellationToken);
}

using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>Waitlists of sold-out ticket types: returned seats are offered, in line order, for a limited time. Each call acts for its caller on an event they may see.</summary>
public interface IWaitlistService
{
    /// <summary>Only for a sold-out ticket type; joining twice returns the existing place.</summary>
    Task<WaitlistEntryView> JoinAsync(Actor actor, Guid eventId, Guid ticketTypeId, int quantity, CancellationToken cancellationToken);

    Task LeaveAsync(Actor actor, Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken);

    /// <summary>The participant's active places on the event's waitlists.</summary>
    Task<IReadOnlyList<WaitlistEntryView>> ListMineAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Turns an open offer into an order: confirmed at once when free, otherwise awaiting payment.</summary>
    Task<OrderView> ClaimAsync(Actor actor, Guid entryId, CancellationToken cancellationToken);
}

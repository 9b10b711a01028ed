namespace EventFly.Services.Ticketing.Contracts;

/// <summary>
/// Who holds tickets for an event, for contexts that serve ticket holders (Engagement's live channel, Feedback,
/// Notifications). A holder is a buyer of at least one confirmed order; a holder is checked in when any of their
/// tickets was scanned.
/// </summary>
public interface ITicketHolders
{
    /// <summary>True when <paramref name="userId"/> bought at least one ticket of a confirmed order for the event.</summary>
    Task<bool> HoldsTicketAsync(Guid userId, Guid eventId, CancellationToken cancellationToken);

    /// <summary>The person's holding for the event, or null when they hold no ticket of a confirmed order.</summary>
    Task<TicketHolding?> GetHoldingAsync(Guid userId, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Every holder of the event, one row per person, ordered by user id.</summary>
    Task<IReadOnlyList<TicketHolding>> ListHoldersAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>How many people hold tickets for the event, and how many of them were checked in.</summary>
    Task<HolderCounts> CountHoldersAsync(Guid eventId, CancellationToken cancellationToken);
}

/// <summary>One person's tickets for one event: how many (of confirmed orders) and whether any was checked in.</summary>
public sealed record TicketHolding(Guid UserId, Guid EventId, int Tickets, bool CheckedIn);

/// <summary>People (not tickets) holding tickets for an event, and of them those checked in.</summary>
public sealed record HolderCounts(int Holders, int CheckedIn);

using EventFly.Domain.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>A buyer's paid orders that still admit to something: asked before an account is deleted.</summary>
public interface IOpenPaidOrders
{
    /// <summary>Confirmed orders with a price above zero for events that have not started yet, soonest event first.</summary>
    Task<IReadOnlyList<OpenPaidOrder>> ListAsync(Guid buyerId, CancellationToken cancellationToken);
}

public sealed record OpenPaidOrder(Guid OrderId, string Reference, Guid EventId, string EventName, DateTimeOffset StartsAt, Money Total);

using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;

namespace EventFly.Services.Ticketing;

/// <summary>The one rule of who may see or change an order: its buyer, or staff holding a permission for its event.</summary>
internal sealed class OrderAccess(IEventAccess events)
{
    /// <returns>True when the caller is the order's buyer, false when they are staff with <paramref name="staffPermission"/>.</returns>
    /// <exception cref="NotFoundException"><c>unknown_order</c> for anyone else: to them the order does not exist.</exception>
    public async Task<bool> RequireBuyerOrStaffAsync(Actor actor, Order order, string staffPermission, CancellationToken cancellationToken)
    {
        if (actor.IsSignedIn && order.BuyerId == actor.UserId) return true;
        bool staff;
        try
        {
            staff = (await events.ReadAsync(actor, order.EventId, cancellationToken)).Has(staffPermission);
        }
        catch (NotFoundException)
        {
            staff = false; // an event the caller may not see hides its orders too
        }
        return staff ? false : throw UnknownOrder();
    }

    public static NotFoundException UnknownOrder() => new(TicketingErrors.UnknownOrder, "There is no such order.");
}

using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>The person's orders (with their lines and tickets, check-ins included) and waitlist places, for their data export.</summary>
internal sealed class TicketingPersonalData(TicketingData db, OrderViews views) : IPersonalDataSource
{
    public string Section => "ticketing";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets)
            .Where(o => o.BuyerId == userId).OrderBy(o => o.CreatedAt).ToListAsync(cancellationToken);
        var types = await views.TypesAsync(orders.SelectMany(o => o.Lines.Select(l => l.TicketTypeId)), cancellationToken);
        var eventNames = new Dictionary<Guid, string>();
        var exported = new List<OrderView>();
        foreach (var order in orders)
        {
            if (!eventNames.TryGetValue(order.EventId, out var eventName))
                eventNames[order.EventId] = eventName = (await views.EventOfAsync(order.EventId, cancellationToken)).Name;
            exported.Add(await views.ToViewAsync(order, eventName, types, cancellationToken));
        }
        var waitlist = await db.WaitlistEntries.AsNoTracking().Where(w => w.UserId == userId).OrderBy(w => w.CreatedAt)
            .Select(w => new WaitlistExport(w.EventId, w.TicketTypeId, w.Quantity, w.Status, w.CreatedAt, w.OfferExpiresAt))
            .ToListAsync(cancellationToken);
        return new TicketingExport([.. exported.Select(o => new OrderExport(o.Reference, o))], waitlist);
    }

    private sealed record TicketingExport(IReadOnlyList<OrderExport> Orders, IReadOnlyList<WaitlistExport> Waitlist);

    private sealed record OrderExport(string Reference, OrderView Order);

    private sealed record WaitlistExport(Guid EventId, Guid TicketTypeId, int Quantity, WaitlistStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? OfferExpiresAt);
}

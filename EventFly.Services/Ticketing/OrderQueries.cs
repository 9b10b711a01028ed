using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class OrderQueries(
    TicketingData db, IEventAccess access, OrderAccess orderAccess, IProfileService accounts, OrderViews views, TicketCodes codes) : IOrderQueries
{
    /// <summary>An order search by buyer first asks for this many matching accounts platform-wide (enough unless a few letters match many).</summary>
    private const int MaxBuyerMatches = 500;

    public async Task<OrderView> GetOrderAsync(Actor actor, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw OrderAccess.UnknownOrder();
        await orderAccess.RequireBuyerOrStaffAsync(actor, order, Permissions.OrdersView, cancellationToken);
        return await views.ToViewAsync(order, cancellationToken);
    }

    public async Task<Page<OrderSummary>> ListOrdersAsync(Actor actor, Guid eventId, OrderSearch search, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.OrdersView, cancellationToken);
        var query = db.Orders.AsNoTracking().Where(o => o.EventId == eventId);
        if (search.Status is { } state)
        {
            var status = OrderViews.StatusOf(state);
            query = query.Where(o => o.Status == status);
        }
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            // Buyers' names live in the Identity context: asked through its interface, not by joining its tables.
            var buyers = await accounts.FindAccountIdsAsync(text, among: null, MaxBuyerMatches, cancellationToken);
            if (buyers.Count == MaxBuyerMatches) // more accounts match on the platform: look among this event's buyers only (slower)
                buyers = await accounts.FindAccountIdsAsync(text, await query.Select(o => o.BuyerId).Distinct().ToListAsync(cancellationToken), int.MaxValue, cancellationToken);
            // A reference, or the whole id (hex digits): SQLite and SQL Server render a Guid in upper case, PostgreSQL in lower case.
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            query = query.Where(o => EF.Parameter(buyers).Contains(o.BuyerId) || o.Id.ToString().Contains(upper) || o.Id.ToString().Contains(lower));
        }
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(o => o.CreatedAt).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(o => new { o.Id, o.BuyerId, o.Status, o.TotalAmount, o.Currency, o.CreatedAt, Tickets = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        var people = await views.PeopleAsync(page.Select(o => o.BuyerId), cancellationToken);
        return new Page<OrderSummary>([.. page.Select(o => new OrderSummary(o.Id, o.BuyerId, people.GetValueOrDefault(o.BuyerId)?.DisplayName,
            people.GetValueOrDefault(o.BuyerId)?.Email ?? "", OrderViews.StateOf(o.Status), new Money(o.TotalAmount, o.Currency), o.Tickets, o.CreatedAt))], total);
    }

    public async Task<IReadOnlyList<AttendeeView>> ListAttendeesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.OrdersView, cancellationToken);
        var rows = await (from t in db.Tickets
                          join o in db.Orders on t.OrderId equals o.Id
                          join y in db.TicketTypes on t.TicketTypeId equals y.Id
                          where o.EventId == eventId && o.Status == OrderStatus.Confirmed
                          select new { t.Id, t.OrderId, o.BuyerId, y.Name, y.AccessLevel, t.CheckedInAt }).AsNoTracking().ToListAsync(cancellationToken);
        var people = await views.PeopleAsync(rows.Select(r => r.BuyerId), cancellationToken);
        return [.. rows
            .Select(r => new AttendeeView(r.Id, r.OrderId, people.GetValueOrDefault(r.BuyerId)?.DisplayName, people.GetValueOrDefault(r.BuyerId)?.Email ?? "",
                r.Name, r.AccessLevel, r.CheckedInAt))
            .OrderBy(a => a.Name ?? a.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<TicketView>> ListMyTicketsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var rows = await (from t in db.Tickets
                          join o in db.Orders on t.OrderId equals o.Id
                          where o.BuyerId == actor.UserId
                          select new { Ticket = t, o.EventId, o.Status }).AsNoTracking().ToListAsync(cancellationToken);
        var types = await views.TypesAsync(rows.Select(r => r.Ticket.TicketTypeId), cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var eventId in rows.Select(r => r.EventId).Distinct()) names[eventId] = (await views.EventOfAsync(eventId, cancellationToken)).Name;
        var tickets = new List<TicketView>();
        foreach (var row in rows.OrderBy(r => r.Ticket.IssuedAt))
            tickets.Add(await views.ToViewAsync(row.Ticket, row.EventId, names[row.EventId], row.Status, types, cancellationToken));
        return tickets;
    }

    public async Task<byte[]> GetTicketQrAsync(Actor actor, Guid ticketId, CancellationToken cancellationToken)
    {
        var code = await (from t in db.Tickets
                          join o in db.Orders on t.OrderId equals o.Id
                          where t.Id == ticketId && o.BuyerId == actor.UserId
                          select t.Code).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(TicketingErrors.UnknownTicket, "There is no such ticket.");
        return TicketMails.QrPng(await codes.SignAsync(code, cancellationToken));
    }
}

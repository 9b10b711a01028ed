using System.Security.Cryptography;
using System.Text;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class TicketingService(EventFlyDbContext db, IEventService events, TimeProvider time) : ITicketingService
{
    /// <summary>How long a paid order holds its seats while payment happens.</summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(15);

    private DbSet<TicketType> TicketTypes => db.Set<TicketType>();

    public async Task<IReadOnlyList<TicketTypeView>> ListTicketTypesAsync(Guid eventId, bool includeHidden, CancellationToken cancellationToken)
    {
        var types = await TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && (includeHidden || !t.Hidden)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. types.OrderBy(t => t.PriceAmount).ThenBy(t => t.Name).Select(t => ToView(t, now))];
    }

    public async Task<TicketTypeView> CreateTicketTypeAsync(Guid eventId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        await EnsureEventAsync(eventId, cancellationToken);
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        var type = TicketType.Create(eventId, details, time.GetUtcNow());
        TicketTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(type, time.GetUtcNow());
    }

    public async Task<TicketTypeView> UpdateTicketTypeAsync(Guid eventId, Guid ticketTypeId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        var type = await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
        type.Change(details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The check constraint: seats were sold between reading and saving the new capacity.
            throw new DomainException("capacity_below_sold", "Capacity cannot drop below the tickets already sold or held.");
        }
        return ToView(type, time.GetUtcNow());
    }

    public async Task DeleteTicketTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken)
    {
        var deleted = await TicketTypes.Where(t => t.EventId == eventId && t.Id == ticketTypeId && t.Sold == 0 && t.Held == 0).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
            throw new DomainException("ticket_type_in_use", "Tickets of this type were sold; hide it instead.");
        }
    }

    public async Task<QuotaView> CreateQuotaAsync(Guid eventId, string name, int capacity, CancellationToken cancellationToken)
    {
        await EnsureEventAsync(eventId, cancellationToken);
        var quota = Quota.Create(eventId, name, capacity, time.GetUtcNow());
        db.Add(quota);
        await db.SaveChangesAsync(cancellationToken);
        return new QuotaView(quota.Id, quota.EventId, quota.Name, quota.Capacity, quota.Sold, quota.Held);
    }

    public async Task<OrderView> PlaceOrderAsync(Guid eventId, Guid buyerId, IReadOnlyList<OrderLineRequest> lines, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var requestHash = Hash(eventId, lines);
        if (idempotencyKey is not null && await ReplayAsync(buyerId, idempotencyKey, requestHash, cancellationToken) is { } replayed) return replayed;

        var view = await events.GetAsync(eventId, cancellationToken);
        if (view.Status != "published") throw new DomainException("sales_closed", "This event is not on sale.");
        var ids = lines.Select(l => l.TicketTypeId).ToList();
        var types = await TicketTypes.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var now = time.GetUtcNow();
        var order = Order.Place(eventId, buyerId,
            [.. lines.Select(l => (types.GetValueOrDefault(l.TicketTypeId) ?? throw new NotFoundException("unknown_ticket_type", "That ticket type is not part of this event."), l.Quantity))],
            now, HoldFor);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var confirmed = order.Status == OrderStatus.Confirmed;
        foreach (var line in order.Lines)
        {
            var type = types[line.TicketTypeId];
            if (!await TakeSeatsAsync(db.Set<TicketType>().Where(t => t.Id == type.Id), line.Quantity, confirmed, cancellationToken)
                || (type.QuotaId is { } quotaId && !await TakeSeatsAsync(db.Set<Quota>().Where(q => q.Id == quotaId), line.Quantity, confirmed, cancellationToken)))
                throw new DomainException("sold_out", $"Not enough '{type.Name}' tickets left.");
        }
        db.Add(order);
        if (idempotencyKey is not null) db.Add(new IdempotencyRecord(buyerId, idempotencyKey, requestHash, order.Id, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key raced us and won: its order is the answer (the seats we took are rolled back).
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await ReplayAsync(buyerId, idempotencyKey, requestHash, cancellationToken) is { } winner) return winner;
            throw;
        }
        return (await GetOrderForBuyerAsync(order.Id, buyerId, cancellationToken))!;
    }

    public async Task<OrderView?> GetOrderForBuyerAsync(Guid orderId, Guid buyerId, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets)
            .SingleOrDefaultAsync(o => o.Id == orderId && o.BuyerId == buyerId, cancellationToken);
        if (order is null) return null;
        var typeIds = order.Lines.Select(l => l.TicketTypeId).ToList();
        var types = await TicketTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return new OrderView(order.Id, order.EventId, order.BuyerId, StatusOf(order.Status), new Money(order.TotalAmount, order.Currency), order.CreatedAt,
            order.ExpiresAt, [.. order.Lines.Select(l => new OrderLineRequest(l.TicketTypeId, l.Quantity))],
            [.. order.Tickets.Select(t => ToView(t, types.GetValueOrDefault(t.TicketTypeId)))]);
    }

    public async Task<IReadOnlyList<TicketView>> ListTicketsOfBuyerAsync(Guid buyerId, CancellationToken cancellationToken)
    {
        var tickets = await (from t in db.Set<Ticket>()
                             join o in db.Set<Order>() on t.OrderId equals o.Id
                             where o.BuyerId == buyerId && o.Status == OrderStatus.Confirmed
                             select t).AsNoTracking().ToListAsync(cancellationToken);
        var typeIds = tickets.Select(t => t.TicketTypeId).Distinct().ToList();
        var types = await TicketTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return [.. tickets.Select(t => ToView(t, types.GetValueOrDefault(t.TicketTypeId)))];
    }

    /// <summary>
    /// The only way seats are taken: one UPDATE with the capacity check in its WHERE clause. Zero rows means sold out;
    /// no read-then-write, so concurrent buyers can never oversell. Paid orders hold seats, free ones sell them.
    /// </summary>
    private static async Task<bool> TakeSeatsAsync(IQueryable<TicketType> type, int quantity, bool sell, CancellationToken cancellationToken)
    {
        var free = type.Where(t => t.Sold + t.Held + quantity <= t.Capacity);
        return 1 == (sell
            ? await free.ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold + quantity), cancellationToken)
            : await free.ExecuteUpdateAsync(s => s.SetProperty(t => t.Held, t => t.Held + quantity), cancellationToken));
    }

    /// <inheritdoc cref="TakeSeatsAsync(IQueryable{TicketType}, int, bool, CancellationToken)"/>
    private static async Task<bool> TakeSeatsAsync(IQueryable<Quota> quota, int quantity, bool sell, CancellationToken cancellationToken)
    {
        var free = quota.Where(q => q.Sold + q.Held + quantity <= q.Capacity);
        return 1 == (sell
            ? await free.ExecuteUpdateAsync(s => s.SetProperty(q => q.Sold, q => q.Sold + quantity), cancellationToken)
            : await free.ExecuteUpdateAsync(s => s.SetProperty(q => q.Held, q => q.Held + quantity), cancellationToken));
    }

    private async Task<OrderView?> ReplayAsync(Guid buyerId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.UserId == buyerId && r.Key == key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != requestHash)
            throw new DomainException("idempotency_key_reused", "This Idempotency-Key was used for a different order.");
        return await GetOrderForBuyerAsync(record.OrderId, buyerId, cancellationToken);
    }

    private static string Hash(Guid eventId, IReadOnlyList<OrderLineRequest> lines)
    {
        var canonical = eventId + "|" + string.Join(";", lines.OrderBy(l => l.TicketTypeId).Select(l => $"{l.TicketTypeId}:{l.Quantity}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private async Task EnsureEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await events.GetOwnerAsync(eventId, cancellationToken) is null) throw new NotFoundException("unknown_event", "There is no such event.");
    }

    private async Task EnsureQuotaAsync(Guid eventId, Guid? quotaId, CancellationToken cancellationToken)
    {
        if (quotaId is { } id && !await db.Set<Quota>().AnyAsync(q => q.Id == id && q.EventId == eventId, cancellationToken))
            throw new NotFoundException("unknown_quota", "There is no such quota for this event.");
    }

    private async Task<TicketType> LoadTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        await TicketTypes.SingleOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, cancellationToken)
        ?? throw new NotFoundException("unknown_ticket_type", "There is no such ticket type for this event.");

    private static string StatusOf(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => "pending_payment",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static TicketTypeView ToView(TicketType t, DateTimeOffset now) =>
        new(t.Id, t.EventId, t.Name, t.Description, t.Price, t.Capacity, t.Sold, t.Held, t.Available, t.OnSale(now), t.SalesStart, t.SalesEnd,
            t.MinPerOrder, t.MaxPerOrder, t.AccessLevel, t.Hidden, t.QuotaId);

    private static TicketView ToView(Ticket t, TicketType? type) =>
        new(t.Id, t.TicketTypeId, type?.Name ?? "", type?.AccessLevel ?? "", t.Code, t.CheckedInAt);
}

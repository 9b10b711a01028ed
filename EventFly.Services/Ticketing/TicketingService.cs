using System.Security.Cryptography;
using System.Text;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

internal sealed class TicketingService(
    TicketingData db,
    WriteTransactions writes,
    IEventService events,
    IOrganizationService organizations,
    IProfileService accounts,
    IPaymentService payments,
    SeatLedger seats,
    WaitlistOffers waitlist,
    TicketCodes codes,
    Microsoft.Extensions.Options.IOptions<EventFlyOptions> options,
    TimeProvider time) : ITicketingService
{
    /// <summary>How long a paid order holds its seats while payment happens.</summary>
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(15);

    /// <summary>An order search by buyer first asks for this many matching accounts platform-wide (enough unless a few letters match many).</summary>
    private const int MaxBuyerMatches = 500;

    private DbSet<TicketType> TicketTypes => db.TicketTypes;

    private DbSet<Order> Orders => db.Orders;

    public async Task<IReadOnlyList<TicketTypeView>> ListTicketTypesAsync(Guid eventId, bool includeHidden, CancellationToken cancellationToken)
    {
        var types = await TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && (includeHidden || !t.Hidden)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. types.OrderBy(t => t.PriceAmount).ThenBy(t => t.Name).Select(t => ToView(t, now))];
    }

    public async Task<TicketTypeView> CreateTicketTypeAsync(Guid eventId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        await CheckPackageAsync(eventId, except: null, details.Capacity, cancellationToken);
        var type = TicketType.Create(eventId, details, time.GetUtcNow());
        TicketTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(type, time.GetUtcNow());
    }

    public async Task<TicketTypeView> UpdateTicketTypeAsync(Guid eventId, Guid ticketTypeId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        var type = await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
        await CheckPackageAsync(eventId, except: ticketTypeId, details.Capacity, cancellationToken);
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
        var deleted = await TicketTypes.Where(t => t.EventId == eventId && t.Id == ticketTypeId && t.Sold == 0 && t.Held == 0
                && !db.OrderLines.Any(l => l.TicketTypeId == t.Id))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
            throw new DomainException("ticket_type_in_use", "Tickets of this type were ordered; hide it instead.");
        }
    }

    public async Task<IReadOnlyDictionary<Guid, Money>> GetMinPricesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var prices = await TicketTypes.AsNoTracking().Where(t => eventIds.Contains(t.EventId) && !t.Hidden)
            .Select(t => new { t.EventId, t.PriceAmount, t.Currency }).ToListAsync(cancellationToken);
        return prices.GroupBy(p => p.EventId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.PriceAmount).Select(p => new Money(p.PriceAmount, p.Currency)).First());
    }

    public async Task<IReadOnlyList<QuotaView>> ListQuotasAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Quotas.AsNoTracking().Where(q => q.EventId == eventId).OrderBy(q => q.Name)
            .Select(q => new QuotaView(q.Id, q.EventId, q.Name, q.Capacity, q.Sold, q.Held)).ToListAsync(cancellationToken);

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

        var summary = await EventOfAsync(eventId, cancellationToken);
        if (summary.Status != "published") throw new DomainException("sales_closed", "This event is not on sale.");
        var types = await TypesAsync(lines.Select(l => l.TicketTypeId), cancellationToken);
        var now = time.GetUtcNow();
        var order = Order.Place(eventId, buyerId,
            [.. lines.Select(l => (types.GetValueOrDefault(l.TicketTypeId) ?? throw new NotFoundException("unknown_ticket_type", "That ticket type is not part of this event."), l.Quantity))],
            now, HoldFor);

        await using var transaction = await writes.BeginAsync(cancellationToken);
        foreach (var line in order.Lines) await seats.TakeAsync(types[line.TicketTypeId], line.Quantity, sell: order.SellsSeats, cancellationToken);
        AddOrder(order, now);
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
        await OpenCheckoutAsync(order, types, cancellationToken);
        return await ToViewAsync(order, summary.Name, types, cancellationToken);
    }

    /// <summary>Adds a new order whose seats the caller has taken, in the caller's transaction; a confirmed one is announced.</summary>
    internal void AddOrder(Order order, DateTimeOffset now)
    {
        db.Add(order);
        if (order.Status == OrderStatus.Confirmed) AnnounceConfirmed(order, now);
    }

    /// <summary>
    /// After the order's transaction (no gateway call while holding the write lock): a pending order gets its checkout.
    /// If the gateway cannot open one, the order is cancelled so its seats return at once.
    /// </summary>
    internal async Task OpenCheckoutAsync(Order order, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.PendingPayment) return;
        try
        {
            var buyer = await accounts.GetAccountAsync(order.BuyerId, cancellationToken);
            var url = await payments.StartOrderCheckoutAsync(new OrderCheckout(order.Id, new Money(order.TotalAmount, order.Currency),
                [.. order.Lines.Select(l => new CheckoutLine(types[l.TicketTypeId].Name, new Money(l.UnitPrice, order.Currency).ToMinorUnits(), l.Quantity))],
                order.ExpiresAt!.Value, buyer?.Email, $"Tickets, order {Order.ReferenceOf(order.Id)}",
                new Uri(options.Value.PublicUrl, $"/orders/{order.Id}").ToString()), cancellationToken);
            order.AwaitPayment(url);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex) when (ex.Code == "payment_unavailable")
        {
            db.ChangeTracker.Clear();
            await CancelOrderAsync(order.Id, buyerId: null, cancellationToken);
            throw;
        }
    }

    public async Task AbandonCheckoutAsync(Guid orderId, CancellationToken cancellationToken)
    {
        if (await Orders.AsNoTracking().AnyAsync(o => o.Id == orderId && o.Status == OrderStatus.PendingPayment, cancellationToken))
            await CancelIfOpenAsync(orderId, cancellationToken);
    }

    /// <summary>Cancels the order as staff would; one closed meanwhile (paid out, expired, cancelled) is left as it is.</summary>
    internal async Task CancelIfOpenAsync(Guid orderId, CancellationToken cancellationToken)
    {
        try
        {
            await CancelOrderAsync(orderId, buyerId: null, cancellationToken);
        }
        catch (DomainException ex) when (ex.Code is "order_closed" or "order_changed")
        {
            // Someone else closed it: nothing left to do.
        }
        db.ChangeTracker.Clear();
    }

    public async Task<OrderView?> GetOrderAsync(Guid orderId, Guid? buyerId, CancellationToken cancellationToken)
    {
        var order = await Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Tickets)
            .SingleOrDefaultAsync(o => o.Id == orderId && (buyerId == null || o.BuyerId == buyerId), cancellationToken);
        return order is null ? null : await ToViewAsync(order, cancellationToken);
    }

    public async Task<Page<OrderSummary>> ListOrdersAsync(Guid eventId, OrderSearch search, CancellationToken cancellationToken)
    {
        var query = Orders.AsNoTracking().Where(o => o.EventId == eventId);
        if (ParseStatus(search.Status) is { } status) query = query.Where(o => o.Status == status);
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            // Buyers' names live in the Identity context: asked through its interface, not by joining its tables.
            var buyers = await accounts.FindAccountIdsAsync(text, among: null, MaxBuyerMatches, cancellationToken);
            if (buyers.Count == MaxBuyerMatches) // more accounts match on the platform: look among this event's buyers only (slower)
                buyers = await accounts.FindAccountIdsAsync(text, await query.Select(o => o.BuyerId).Distinct().ToListAsync(cancellationToken), int.MaxValue, cancellationToken);
            var reference = text.ToUpperInvariant(); // a reference, or the whole id: both providers render a Guid in upper case
            query = query.Where(o => EF.Parameter(buyers).Contains(o.BuyerId) || o.Id.ToString().Contains(reference));
        }
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(o => o.CreatedAt).Skip((search.Page - 1) * search.PageSize).Take(search.PageSize)
            .Select(o => new { o.Id, o.BuyerId, o.Status, o.TotalAmount, o.Currency, o.CreatedAt, Tickets = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        var people = await PeopleAsync(page.Select(o => o.BuyerId), cancellationToken);
        return new Page<OrderSummary>([.. page.Select(o => new OrderSummary(o.Id, o.BuyerId, people.GetValueOrDefault(o.BuyerId)?.DisplayName,
            people.GetValueOrDefault(o.BuyerId)?.Email ?? "", StatusOf(o.Status), new Money(o.TotalAmount, o.Currency), o.Tickets, o.CreatedAt))], total);
    }

    public async Task<IReadOnlyList<AttendeeView>> ListAttendeesAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var rows = await (from t in db.Tickets
                          join o in Orders on t.OrderId equals o.Id
                          join y in TicketTypes on t.TicketTypeId equals y.Id
                          where o.EventId == eventId && o.Status == OrderStatus.Confirmed
                          select new { t.Id, t.OrderId, o.BuyerId, y.Name, y.AccessLevel, t.CheckedInAt }).AsNoTracking().ToListAsync(cancellationToken);
        var people = await PeopleAsync(rows.Select(r => r.BuyerId), cancellationToken);
        return [.. rows
            .Select(r => new AttendeeView(r.Id, r.OrderId, people.GetValueOrDefault(r.BuyerId)?.DisplayName, people.GetValueOrDefault(r.BuyerId)?.Email ?? "",
                r.Name, r.AccessLevel, r.CheckedInAt))
            .OrderBy(a => a.Name ?? a.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<OrderView> CancelOrderAsync(Guid orderId, Guid? buyerId, CancellationToken cancellationToken)
    {
        var order = await Orders.Include(o => o.Lines).Include(o => o.Tickets)
            .SingleOrDefaultAsync(o => o.Id == orderId && (buyerId == null || o.BuyerId == buyerId), cancellationToken)
            ?? throw new NotFoundException("unknown_order", "There is no such order.");
        var now = time.GetUtcNow();
        // Read once: the buyer's checks and the answer both need them.
        var summary = await EventOfAsync(order.EventId, cancellationToken);
        var types = await TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken);
        if (buyerId is not null)
        {
            if (now >= summary.StartsAt)
                throw new DomainException("event_started", "The event has started; ask the organizer to cancel.");
            if (types.Values.FirstOrDefault(t => !t.BuyerCancellable) is { } fixedType)
                throw new DomainException("not_cancellable", $"'{fixedType.Name}' tickets cannot be cancelled by the buyer; ask the organizer.");
        }
        var sold = order.SellsSeats;
        var refund = sold && order.TotalAmount > 0;
        order.Cancel(now);

        await using var transaction = await writes.BeginAsync(cancellationToken);
        await ReleaseSeatsAsync(order, sold, now, cancellationToken);
        if (refund) db.Add(IntegrationEvents.ToOutbox(new RefundRequestedV1(order.Id, order.TotalAmount, now)));
        db.Add(IntegrationEvents.ToOutbox(new OrderCancelledV1(order.Id, order.EventId, order.BuyerId, refund, now)));
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Cancellation, order.Id, refund), now));
        await SaveOnceAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await ToViewAsync(order, summary.Name, types, cancellationToken);
    }

    public async Task<OrderView> ConfirmPaymentAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await Orders.Include(o => o.Lines).Include(o => o.Tickets).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new NotFoundException("unknown_order", "There is no such order.");
        if (order.Status == OrderStatus.Confirmed) return await ToViewAsync(order, cancellationToken);
        var types = await TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken);
        var now = time.GetUtcNow();
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            try
            {
                foreach (var line in order.Lines)
                {
                    // Held seats become sold; a late payment must win its seats back first.
                    if (order.HoldsSeats) await seats.SellHeldAsync(line.TicketTypeId, line.Quantity, cancellationToken);
                    else if (order.Status == OrderStatus.Expired) await seats.TakeAsync(types[line.TicketTypeId], line.Quantity, sell: true, cancellationToken);
                }
                order.Confirm(now);
                AnnounceConfirmed(order, now);
                await SaveOnceAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return await ToViewAsync(order, cancellationToken);
            }
            catch (DomainException ex) when (ex.Code is "sold_out" or "order_closed")
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }

        // Paid too late (seats resold) or after a cancel: the money goes back.
        db.ChangeTracker.Clear();
        var closed = await Orders.Include(o => o.Lines).Include(o => o.Tickets).SingleAsync(o => o.Id == orderId, cancellationToken);
        db.Add(IntegrationEvents.ToOutbox(new RefundRequestedV1(closed.Id, closed.TotalAmount, now)));
        if (closed.Status == OrderStatus.Expired) closed.RejectLatePayment(now);
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Cancellation, closed.Id, Refunded: true), now));
        await SaveOnceAsync(cancellationToken);
        return await ToViewAsync(closed, cancellationToken);
    }

    public async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await Orders.AsNoTracking().Where(o => o.Status == OrderStatus.PendingPayment && o.ExpiresAt <= now)
            .OrderBy(o => o.ExpiresAt).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            // Reconciliation: a checkout paid while its notice went missing is confirmed (by the notice) instead of released.
            if (await payments.ReconcileOrderAsync(id, cancellationToken)) continue;
            db.ChangeTracker.Clear();
            var order = await Orders.Include(o => o.Lines).SingleAsync(o => o.Id == id, cancellationToken);
            if (order.Status != OrderStatus.PendingPayment) continue;
            order.Expire(now);
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await ReleaseSeatsAsync(order, sold: false, now, cancellationToken);
            try
            {
                await SaveOnceAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                expired++;
            }
            catch (DomainException ex) when (ex.Code == "order_changed")
            {
                // Paid or cancelled meanwhile: whoever changed it accounted for its seats.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        db.ChangeTracker.Clear();
        return expired + await waitlist.ExpireOffersAsync(now, cancellationToken);
    }

    public async Task<IReadOnlyList<TicketView>> ListTicketsOfBuyerAsync(Guid buyerId, CancellationToken cancellationToken)
    {
        var rows = await (from t in db.Tickets
                          join o in Orders on t.OrderId equals o.Id
                          where o.BuyerId == buyerId
                          select new { Ticket = t, o.EventId, o.Status }).AsNoTracking().ToListAsync(cancellationToken);
        var types = await TypesAsync(rows.Select(r => r.Ticket.TicketTypeId), cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var eventId in rows.Select(r => r.EventId).Distinct()) names[eventId] = (await EventOfAsync(eventId, cancellationToken)).Name;
        var views = new List<TicketView>();
        foreach (var row in rows.OrderBy(r => r.Ticket.IssuedAt))
            views.Add(await ToViewAsync(row.Ticket, row.EventId, names[row.EventId], row.Status, types, cancellationToken));
        return views;
    }

    public async Task<byte[]?> GetTicketQrAsync(Guid ticketId, Guid holderId, CancellationToken cancellationToken)
    {
        var code = await (from t in db.Tickets
                          join o in Orders on t.OrderId equals o.Id
                          where t.Id == ticketId && o.BuyerId == holderId
                          select t.Code).SingleOrDefaultAsync(cancellationToken);
        return code is null ? null : TicketMails.QrPng(await codes.SignAsync(code, cancellationToken));
    }

    private void AnnounceConfirmed(Order order, DateTimeOffset now)
    {
        db.Add(IntegrationEvents.ToOutbox(new OrderConfirmedV1(order.Id, order.EventId, order.BuyerId, order.TotalAmount, order.Currency, order.Tickets.Count, now)));
        db.Add(TicketMails.Message(new TicketMail(TicketMailKind.Confirmation, order.Id), now));
    }

    /// <summary>Returns the order's seats to sale, offering them to the waitlist first.</summary>
    private async Task ReleaseSeatsAsync(Order order, bool sold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var line in order.Lines) await seats.ReleaseAsync(line.TicketTypeId, line.Quantity, sold, cancellationToken);
        foreach (var line in order.Lines) await waitlist.OfferReleasedSeatsAsync(line.TicketTypeId, now, cancellationToken);
    }

    /// <summary>Saves an order's change only if its status is still the one read (two cancels, a cancel and a payment...).</summary>
    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("order_changed", "The order changed meanwhile; reload it and try again.");
        }
    }

    private async Task<OrderView?> ReplayAsync(Guid buyerId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == buyerId && r.Key == key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != requestHash)
            throw new DomainException("idempotency_key_reused", "This Idempotency-Key was used for a different order.");
        return await GetOrderAsync(record.OrderId, buyerId, cancellationToken);
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

    /// <summary>The organization's package caps the tickets an event offers: the capacities of its ticket types together.</summary>
    private async Task CheckPackageAsync(Guid eventId, Guid? except, int capacity, CancellationToken cancellationToken)
    {
        var owner = await events.GetOwnerAsync(eventId, cancellationToken) ?? throw new NotFoundException("unknown_event", "There is no such event.");
        var package = await organizations.GetPackageAsync(owner.OrganizationId, cancellationToken);
        var others = await TicketTypes.Where(t => t.EventId == eventId && t.Id != except).SumAsync(t => t.Capacity, cancellationToken);
        package.Check(package.Limits.MaxTicketsPerEvent, others + capacity, "tickets per event");
    }

    private async Task EnsureQuotaAsync(Guid eventId, Guid? quotaId, CancellationToken cancellationToken)
    {
        if (quotaId is { } id && !await db.Quotas.AnyAsync(q => q.Id == id && q.EventId == eventId, cancellationToken))
            throw new NotFoundException("unknown_quota", "There is no such quota for this event.");
    }

    private async Task<TicketType> LoadTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        await TicketTypes.SingleOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, cancellationToken)
        ?? throw new NotFoundException("unknown_ticket_type", "There is no such ticket type for this event.");

    internal async Task<Dictionary<Guid, TicketType>> TypesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await TicketTypes.AsNoTracking().Where(t => list.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }

    private async Task<Dictionary<Guid, AccountSummary>> PeopleAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken) =>
        (await accounts.GetAccountsAsync([.. userIds.Distinct()], cancellationToken)).ToDictionary(a => a.Id);

    internal async Task<OrderView> ToViewAsync(Order order, CancellationToken cancellationToken) =>
        await ToViewAsync(order, (await EventOfAsync(order.EventId, cancellationToken)).Name,
            await TypesAsync(order.Lines.Select(l => l.TicketTypeId), cancellationToken), cancellationToken);

    private async Task<EventSummary> EventOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await events.GetSummaryAsync(eventId, cancellationToken) ?? throw new NotFoundException("unknown_event", "There is no such event.");

    private async Task<OrderView> ToViewAsync(Order order, string eventName, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        var buyer = await accounts.GetAccountAsync(order.BuyerId, cancellationToken);
        var tickets = new List<TicketView>();
        foreach (var ticket in order.Tickets) tickets.Add(await ToViewAsync(ticket, order.EventId, eventName, order.Status, types, cancellationToken));
        return new OrderView(order.Id, order.EventId, eventName, order.BuyerId, buyer?.DisplayName, buyer?.Email ?? "", StatusOf(order.Status),
            new Money(order.TotalAmount, order.Currency), order.CreatedAt, order.ExpiresAt, order.CheckoutUrl,
            [.. order.Lines.Select(l => new OrderLineView(l.TicketTypeId, types.GetValueOrDefault(l.TicketTypeId)?.Name ?? "", l.Quantity, new Money(l.UnitPrice, order.Currency)))],
            tickets);
    }

    private async Task<TicketView> ToViewAsync(Ticket t, Guid eventId, string eventName, OrderStatus orderStatus, IReadOnlyDictionary<Guid, TicketType> types, CancellationToken cancellationToken)
    {
        var type = types.GetValueOrDefault(t.TicketTypeId);
        var status = orderStatus != OrderStatus.Confirmed ? "cancelled" : t.CheckedInAt is null ? "valid" : "checked_in";
        return new TicketView(t.Id, t.OrderId, eventId, eventName, t.TicketTypeId, type?.Name ?? "", type?.AccessLevel ?? "", await codes.SignAsync(t.Code, cancellationToken),
            status, t.CheckedInAt);
    }

    public static string StatusOf(OrderStatus status) => status switch
    {
        OrderStatus.PendingPayment => "pending_payment",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static OrderStatus? ParseStatus(string? status) =>
        Enum.GetValues<OrderStatus>().Select(s => (OrderStatus?)s).FirstOrDefault(s => StatusOf(s!.Value) == status);

    private static TicketTypeView ToView(TicketType t, DateTimeOffset now) =>
        new(t.Id, t.EventId, t.Name, t.Description, t.Price, t.Capacity, t.Sold, t.Held, t.Available, t.OnSale(now), t.SalesStart, t.SalesEnd,
            t.MinPerOrder, t.MaxPerOrder, t.AccessLevel, t.Hidden, t.QuotaId, t.BuyerCancellable);
}

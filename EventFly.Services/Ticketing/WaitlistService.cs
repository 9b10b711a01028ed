using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Configurations;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

internal sealed class WaitlistService(
    TicketingData db, WriteTransactions writes, IEventAccess access, OrderPlacement placement, OrderViews views, WaitlistOffers offers, SeatLedger seats, TimeProvider time)
    : IWaitlistService
{
    public async Task<WaitlistEntryView> JoinAsync(Actor actor, Guid eventId, Guid ticketTypeId, int quantity, CancellationToken cancellationToken)
    {
        var userId = await ParticipantAsync(actor, eventId, cancellationToken);
        var type = await db.TicketTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId && !t.Hidden, cancellationToken)
            ?? throw new NotFoundException(TicketingErrors.UnknownTicketType, "There is no such ticket type for this event.");
        if (await ActiveAsync(ticketTypeId, userId, cancellationToken) is { } existing) return await ToViewAsync(existing, type, cancellationToken);
        var entry = WaitlistEntry.Join(type, userId, quantity, time.GetUtcNow());
        db.WaitlistEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(WaitlistEntryConfiguration.ActiveEntryPerUser))
        {
            // A second join raced the first (unique active place per person): the first one stands.
            db.ChangeTracker.Clear();
            entry = await ActiveAsync(ticketTypeId, userId, cancellationToken) ?? throw new DomainException(TicketingErrors.WaitlistBusy, "Try again.");
        }
        return await ToViewAsync(entry, type, cancellationToken);
    }

    public async Task LeaveAsync(Actor actor, Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken)
    {
        var userId = await ParticipantAsync(actor, eventId, cancellationToken);
        var entry = await ActiveAsync(ticketTypeId, userId, cancellationToken);
        if (entry is null || entry.EventId != eventId) throw new NotFoundException(TicketingErrors.NotWaiting, "You are not on this waitlist.");
        if (!entry.Leave())
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        await using var transaction = await writes.BeginAsync(cancellationToken);
        if (!await offers.ReleaseAndSaveAsync(entry, time.GetUtcNow(), cancellationToken))
            throw new DomainException(TicketingErrors.WaitlistChanged, "Your place changed meanwhile; reload and try again.");
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WaitlistEntryView>> ListMineAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var userId = await ParticipantAsync(actor, eventId, cancellationToken);
        var mine = await db.WaitlistEntries.AsNoTracking()
            .Where(w => w.EventId == eventId && w.UserId == userId && (w.Status == WaitlistStatus.Waiting || w.Status == WaitlistStatus.Offered))
            .ToListAsync(cancellationToken);
        var types = await views.TypesAsync(mine.Select(w => w.TicketTypeId), cancellationToken);
        var places = new List<WaitlistEntryView>();
        foreach (var entry in mine) places.Add(await ToViewAsync(entry, types[entry.TicketTypeId], cancellationToken));
        return places;
    }

    public async Task<OrderView> ClaimAsync(Actor actor, Guid entryId, CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        var entry = await db.WaitlistEntries.SingleOrDefaultAsync(w => w.Id == entryId && w.UserId == userId && userId != Guid.Empty, cancellationToken)
            ?? throw new NotFoundException(TicketingErrors.UnknownOffer, "There is no such waitlist offer.");
        var now = time.GetUtcNow();
        entry.Claim(now);
        var types = await views.TypesAsync([entry.TicketTypeId], cancellationToken);
        var order = Order.Place(entry.EventId, userId, [(types[entry.TicketTypeId], entry.Quantity)], now, OrderPlacement.HoldFor, seatsHeldForBuyer: true);

        await using var transaction = await writes.BeginAsync(cancellationToken);
        // The offer's held seats pass to the order: sold at once when free, still held while it awaits payment.
        if (order.SellsSeats) await seats.SellHeldAsync(entry.TicketTypeId, entry.Quantity, cancellationToken);
        placement.AddOrder(transaction, order, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(TicketingErrors.OfferExpired, "This waitlist offer is no longer open.");
        }
        await transaction.CommitAsync(cancellationToken);
        await placement.OpenCheckoutAsync(order, types, cancellationToken);
        return await views.ToViewAsync(order, cancellationToken);
    }

    /// <summary>The signed-in caller, on an event they may see (drafts are 404 to participants).</summary>
    private async Task<Guid> ParticipantAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to use the waitlist.");
        await access.ReadAsync(actor, eventId, cancellationToken);
        return actor.UserId;
    }

    private Task<WaitlistEntry?> ActiveAsync(Guid ticketTypeId, Guid userId, CancellationToken cancellationToken) =>
        db.WaitlistEntries.SingleOrDefaultAsync(w => w.TicketTypeId == ticketTypeId && w.UserId == userId
            && (w.Status == WaitlistStatus.Waiting || w.Status == WaitlistStatus.Offered), cancellationToken);

    private async Task<WaitlistEntryView> ToViewAsync(WaitlistEntry entry, TicketType type, CancellationToken cancellationToken)
    {
        var ahead = await db.WaitlistEntries.CountAsync(w => w.TicketTypeId == entry.TicketTypeId && w.Status == WaitlistStatus.Waiting && w.CreatedAt < entry.CreatedAt, cancellationToken);
        return new WaitlistEntryView(entry.Id, entry.EventId, entry.TicketTypeId, type.Name, entry.Quantity, StateOf(entry.Status),
            ahead + 1, entry.OfferExpiresAt);
    }

    private static WaitlistState StateOf(WaitlistStatus status) => status switch
    {
        WaitlistStatus.Waiting => WaitlistState.Waiting,
        WaitlistStatus.Offered => WaitlistState.Offered,
        WaitlistStatus.Claimed => WaitlistState.Claimed,
        WaitlistStatus.Expired => WaitlistState.Expired,
        WaitlistStatus.Left => WaitlistState.Left,
    };
}

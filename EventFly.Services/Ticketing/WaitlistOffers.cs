using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

/// <summary>Passes returned seats to the waitlist, first come first served, in the transaction that returned them.</summary>
internal sealed class WaitlistOffers(TicketingData db, WriteTransactions writes, SeatLedger seats)
{
    /// <summary>Holds seats for waiting participants of the ticket type, in line order, while seats are free.</summary>
    public async Task OfferReleasedSeatsAsync(Guid ticketTypeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.WaitlistEntries.Where(w => w.TicketTypeId == ticketTypeId && w.Status == WaitlistStatus.Waiting)
            .OrderBy(w => w.CreatedAt).Take(20).ToListAsync(cancellationToken);
        if (waiting.Count == 0) return;
        var type = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.Id == ticketTypeId, cancellationToken);
        foreach (var entry in waiting)
        {
            try
            {
                await seats.TakeAsync(type, entry.Quantity, sell: false, cancellationToken);
            }
            catch (DomainException ex) when (ex.Code == TicketingErrors.SoldOut)
            {
                return;
            }
            entry.Offer(now, TicketMails.WaitlistOfferValidity);
            db.Add(TicketMails.Message(new TicketMail(TicketMailKind.WaitlistOffer, entry.Id), now));
            db.Add(IntegrationEvents.ToOutbox(new WaitlistOfferedV1(entry.Id, entry.EventId, entry.UserId, entry.Quantity, entry.OfferExpiresAt!.Value, now)));
        }
    }

    /// <summary>Offers not claimed in time: their seats go to the next in line (or back on sale).</summary>
    public async Task<int> ExpireOffersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.WaitlistEntries.AsNoTracking().Where(w => w.Status == WaitlistStatus.Offered && w.OfferExpiresAt <= now)
            .OrderBy(w => w.OfferExpiresAt).Select(w => w.Id).Take(100).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var entry = await db.WaitlistEntries.SingleAsync(w => w.Id == id, cancellationToken);
            if (entry.Status != WaitlistStatus.Offered) continue;
            entry.ExpireOffer(now);
            await using var transaction = await writes.BeginAsync(cancellationToken);
            if (await ReleaseAndSaveAsync(entry, now, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                expired++;
            }
        }
        return expired;
    }

    /// <summary>
    /// Returns the seats held for an entry that left or let its offer lapse, offers them on, and saves the entry only if
    /// nobody changed it meanwhile (e.g. claimed it). Runs in the caller's transaction.
    /// </summary>
    /// <returns>False when the entry changed meanwhile (the caller rolls back).</returns>
    public async Task<bool> ReleaseAndSaveAsync(WaitlistEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await seats.ReleaseAsync(entry.TicketTypeId, entry.Quantity, sold: false, cancellationToken);
        await OfferReleasedSeatsAsync(entry.TicketTypeId, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}

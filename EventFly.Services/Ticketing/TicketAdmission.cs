using EventFly.Domain.Ticketing;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

/// <summary>A ticket of the event found by its signed code.</summary>
internal sealed record ScannedTicket(Guid Id, Guid BuyerId, OrderStatus Status, string TypeName, string AccessLevel);

/// <summary>Where an offline scanner admitted a ticket: its door, its own id, and its clock's time of the scan.</summary>
internal sealed record DoorStamp(string Door, string Device, DateTimeOffset ScannedAt);

/// <summary>
/// The one place a ticket is admitted, for the portal's online scans and the offline door scanners' batches alike: a
/// signature check, then one conditional update, so of two scans of a ticket exactly one changes the row.
/// </summary>
internal sealed class TicketAdmission(TicketingData db, WriteTransactions writes, TicketCodes codes, TicketingMetrics metrics)
{
    /// <returns>The event's ticket with that signed code; null for a forged code or another event's ticket.</returns>
    public async Task<ScannedTicket?> FindAsync(Guid eventId, string signedCode, CancellationToken cancellationToken)
    {
        if (await codes.VerifyAsync(signedCode, cancellationToken) is not { } code) return null;
        return await (from t in db.Tickets
                      join o in db.Orders on t.OrderId equals o.Id
                      join y in db.TicketTypes on t.TicketTypeId equals y.Id
                      where t.Code == code && o.EventId == eventId
                      select new ScannedTicket(t.Id, o.BuyerId, o.Status, y.Name, y.AccessLevel)).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
    }

    /// <returns>True when this scan admitted the ticket; false when an earlier one already had.</returns>
    public async Task<bool> AdmitAsync(ScannedTicket ticket, Guid eventId, Guid staffId, DateTimeOffset at, DoorStamp? door, CancellationToken cancellationToken)
    {
        var (doorName, device, scannedAt) = (door?.Door, door?.Device, door?.ScannedAt);
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var admitted = await db.Tickets.Where(t => t.Id == ticket.Id && t.CheckedInAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CheckedInAt, at).SetProperty(t => t.CheckedInBy, staffId)
                .SetProperty(t => t.CheckedInDoor, doorName).SetProperty(t => t.CheckedInDevice, device)
                .SetProperty(t => t.CheckedInScannedAt, scannedAt), cancellationToken);
        if (admitted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        db.Add(IntegrationEvents.ToOutbox(new TicketCheckedInV1(ticket.Id, eventId, staffId, at, ticket.BuyerId)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.CheckedIn();
        return true;
    }
}

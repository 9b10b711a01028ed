using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class DoorCheckIns(
    TicketingData db, TicketAdmission admission, TicketCodes codes, IEventAccess access, IEventService events, TicketingMetrics metrics, TimeProvider time)
    : IDoorCheckIns
{
    public const int MaxScansPerBatch = 500;
    public const int MaxNameLength = 64;

    public async Task<DoorList> GetDoorListAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.CheckinScan, cancellationToken);
        var generatedAt = time.GetUtcNow();
        var ev = await events.GetSummaryAsync(eventId, cancellationToken) ?? throw new NotFoundException(TicketingErrors.UnknownEvent, "No such event.");
        var rows = await (from t in db.Tickets
                          join o in db.Orders on t.OrderId equals o.Id
                          join y in db.TicketTypes on t.TicketTypeId equals y.Id
                          where o.EventId == eventId && o.Status == OrderStatus.Confirmed
                          select new { t.Code, y.Name, y.AccessLevel, t.CheckedInAt, t.CheckedInDoor }).AsNoTracking().ToListAsync(cancellationToken);
        var entries = new List<DoorListEntry>(rows.Count);
        foreach (var row in rows)
            entries.Add(new DoorListEntry(DoorCodeHash.Of(await codes.SignAsync(row.Code, cancellationToken)), row.Name, row.AccessLevel, row.CheckedInAt, row.CheckedInDoor));
        return new DoorList(eventId, ev.Name, generatedAt, entries);
    }

    public async Task<IReadOnlyList<OfflineScanResult>> SyncAsync(Actor actor, Guid eventId, OfflineScanBatch batch, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.CheckinScan, cancellationToken);
        Validate(batch);
        var device = batch.DeviceId.Trim();
        var door = batch.DoorName.Trim();
        var results = new List<OfflineScanResult>(batch.Scans.Count);
        foreach (var scan in batch.Scans)
            results.Add(await RecordAsync(actor.UserId, eventId, device, door, scan, cancellationToken));
        return results;
    }

    private async Task<OfflineScanResult> RecordAsync(Guid staffId, Guid eventId, string device, string door, OfflineScan scan, CancellationToken cancellationToken)
    {
        var ticket = await admission.FindAsync(eventId, scan.Code, cancellationToken);
        if (ticket is null) return Invalid(scan, TicketingErrors.UnknownTicket);
        if (ticket.Status != OrderStatus.Confirmed) return Invalid(scan, TicketingErrors.TicketCancelled);

        // Server receive time decides: device clocks drift, and a device that was offline longer must not win later.
        // Whole milliseconds, so the time stored (PostgreSQL keeps microseconds) is the time answered, and a replay matches it.
        var now = time.GetUtcNow();
        var receivedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        if (await admission.AdmitAsync(ticket, eventId, staffId, receivedAt, new DoorStamp(door, device, scan.ScannedAt), cancellationToken))
            return Result(scan, OfflineScanState.CheckedIn, ticket, receivedAt, door);

        var winner = await db.Tickets.AsNoTracking().Where(t => t.Id == ticket.Id)
            .Select(t => new { t.CheckedInAt, t.CheckedInDoor, t.CheckedInDevice, t.CheckedInScannedAt }).SingleAsync(cancellationToken);
        // The same scan synced again (a lost answer, a retry): it gets its first answer back, not a conflict with itself.
        var replay = winner.CheckedInDevice == device && winner.CheckedInScannedAt == scan.ScannedAt;
        if (!replay) metrics.ScanRejected(TicketingErrors.AlreadyCheckedIn);
        return Result(scan, replay ? OfflineScanState.CheckedIn : OfflineScanState.AlreadyCheckedIn, ticket, winner.CheckedInAt, winner.CheckedInDoor);
    }

    private OfflineScanResult Invalid(OfflineScan scan, string reason)
    {
        metrics.ScanRejected(reason);
        return new OfflineScanResult(scan.Code, scan.ScannedAt, OfflineScanState.Invalid, reason, null, null, null, null);
    }

    private static OfflineScanResult Result(OfflineScan scan, OfflineScanState status, ScannedTicket ticket, DateTimeOffset? at, string? door) =>
        new(scan.Code, scan.ScannedAt, status, null, ticket.Id, ticket.TypeName, at, door);

    private static void Validate(OfflineScanBatch batch)
    {
        if (string.IsNullOrWhiteSpace(batch.DeviceId) || batch.DeviceId.Trim().Length > MaxNameLength)
            throw new DomainException(TicketingErrors.InvalidScanBatch, $"A device id of 1 to {MaxNameLength} characters is required.");
        if (string.IsNullOrWhiteSpace(batch.DoorName) || batch.DoorName.Trim().Length > MaxNameLength)
            throw new DomainException(TicketingErrors.InvalidScanBatch, $"A door name of 1 to {MaxNameLength} characters is required.");
        if (batch.Scans.Count is 0 or > MaxScansPerBatch)
            throw new DomainException(TicketingErrors.InvalidScanBatch, $"A batch holds 1 to {MaxScansPerBatch} scans.");
    }
}

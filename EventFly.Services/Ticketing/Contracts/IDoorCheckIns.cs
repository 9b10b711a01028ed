using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>
/// Offline door scanners (<c>checkin.scan</c> for the event, ADR 0031): they download the door list, decide at the door
/// without a network, and later sync their scans; the first scan the server records wins.
/// </summary>
public interface IDoorCheckIns
{
    /// <summary>The event's admitting tickets as hashes of their signed codes, with ticket type and check-in state; no personal data.</summary>
    Task<DoorList> GetDoorListAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Records a device's scans in order; the same batch synced twice gives the same results and admits no one twice.</summary>
    /// <exception cref="Domain.Common.DomainException"><c>invalid_scan_batch</c> for a batch without device, door or scans.</exception>
    Task<IReadOnlyList<OfflineScanResult>> SyncAsync(Actor actor, Guid eventId, OfflineScanBatch batch, CancellationToken cancellationToken);
}

public sealed record DoorList(Guid EventId, string EventName, DateTimeOffset GeneratedAt, IReadOnlyList<DoorListEntry> Tickets);

/// <param name="CodeHash">Lower-case hex SHA-256 of the signed code as the QR holds it (<see cref="DoorCodeHash"/>).</param>
public sealed record DoorListEntry(string CodeHash, string TicketTypeName, string AccessLevel, DateTimeOffset? CheckedInAt, string? Door);

public sealed record OfflineScanBatch(string DeviceId, string DoorName, IReadOnlyList<OfflineScan> Scans);

/// <param name="ScannedAt">The device's clock: kept with the check-in, never used to decide who was first.</param>
public sealed record OfflineScan(string Code, DateTimeOffset ScannedAt);

public enum OfflineScanState
{
    CheckedIn,
    AlreadyCheckedIn,
    Invalid,
}

/// <param name="Reason">For <see cref="OfflineScanState.Invalid"/>: <c>unknown_ticket</c> or <c>ticket_cancelled</c>.</param>
/// <param name="CheckedInAt">The server-recorded time of the scan that admitted the ticket (this one or the earlier winner).</param>
/// <param name="Door">The door of the admitting scan; null when the portal's online check-in admitted it.</param>
public sealed record OfflineScanResult(
    string Code, DateTimeOffset ScannedAt, OfflineScanState Status, string? Reason, Guid? TicketId, string? TicketTypeName, DateTimeOffset? CheckedInAt, string? Door);

/// <summary>How the door list names a ticket: the device can match a scanned code without holding any code that admits.</summary>
public static class DoorCodeHash
{
    public static string Of(string signedCode) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signedCode.Trim().ToLowerInvariant())));
}

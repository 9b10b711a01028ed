using System.Globalization;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Resources;
using Microsoft.Extensions.Localization;

namespace EventFly.Client.Door;

/// <summary>What the door shows after a scan.</summary>
public enum DoorVerdict
{
    Admitted,
    AlreadyCheckedIn,
    AlreadyScannedHere,
    NotOnList,
}

public sealed record DoorDecision(DoorVerdict Verdict, string Title, string Detail);

/// <summary>
/// The offline door scanner (ADR 0031): decides each scan against the stored door list and this device's own scans,
/// queues admitted scans in IndexedDB, and syncs them when online. The server's answer is final: a scan another door
/// synced first comes back as a conflict with that door and time.
/// </summary>
public sealed class DoorScanner(IDoorApi api, DoorStore store, TimeProvider time, IStringLocalizer<TicketTexts> texts)
{
    private const string DoorKey = "doorName";
    private const string DeviceKey = "deviceId";
    private Dictionary<string, DoorListEntryResponse> _entries = new(StringComparer.Ordinal);
    private bool _syncing;

    public Guid EventId { get; private set; }

    public DoorListResponse? List { get; private set; }

    public string? DoorName { get; private set; }

    public string DeviceId { get; private set; } = "";

    /// <summary>This device's scans of the event, newest first.</summary>
    public List<DoorScan> Scans { get; private set; } = [];

    public bool Online { get; set; }

    /// <summary>Why the last download or sync failed (null after a success).</summary>
    public string? Problem { get; private set; }

    /// <summary>The server refused this user the door list (no <c>checkin.scan</c> for the event).</summary>
    public bool Refused { get; private set; }

    public int QueueCount => Scans.Count(s => s.Queued);

    /// <summary>Scans the server answered with <c>already_checked_in</c>: another door (or the portal) was first.</summary>
    public IEnumerable<DoorScan> Conflicts => Scans.Where(s => s.Result == OfflineScanState.AlreadyCheckedIn);

    public async Task LoadAsync(Guid eventId, bool online)
    {
        EventId = eventId;
        Online = online;
        DoorName = await store.GetSettingAsync(DoorKey);
        DeviceId = await store.GetSettingAsync(DeviceKey) ?? "";
        if (DeviceId.Length == 0)
        {
            DeviceId = Guid.NewGuid().ToString("N");
            await store.SetSettingAsync(DeviceKey, DeviceId);
        }
        Use(await store.GetListAsync(eventId));
        Scans = [.. (await store.GetScansAsync(eventId)).OrderByDescending(s => s.ScannedAt)];
        if (online) await SyncAsync();
    }

    public async Task SetDoorAsync(string name)
    {
        DoorName = name.Trim();
        await store.SetSettingAsync(DoorKey, DoorName);
    }

    /// <summary>Fetches the door list afresh and keeps it on the device.</summary>
    public async Task<bool> DownloadAsync()
    {
        var result = await api.GetDoorListAsync(EventId);
        if (!result.Succeeded)
        {
            Refused = result.Status is 401 or 403 or 404;
            Problem = result.Error;
            return false;
        }
        await store.SaveListAsync(result.Value!);
        Use(result.Value);
        Problem = null;
        return true;
    }

    public async Task<DoorDecision> ScanAsync(string code)
    {
        var hash = await store.HashAsync(code);
        if (!_entries.TryGetValue(hash, out var entry))
            return new(DoorVerdict.NotOnList, texts["NotValid"], texts["NotOnDoorList"]);
        if (Scans.FirstOrDefault(s => s.CodeHash == hash) is { } earlier)
            return new(DoorVerdict.AlreadyScannedHere, texts["AlreadyScanned"], texts["AlreadyScannedHere", Clock(earlier.ScannedAt)]);
        if (entry.CheckedInAt is { } at)
            return new(DoorVerdict.AlreadyCheckedIn, texts["AlreadyCheckedInTitle"], AlreadyCheckedIn(at, entry.Door));

        var scan = new DoorScan(Guid.NewGuid().ToString("N"), EventId, code.Trim(), hash, time.GetUtcNow(), entry.TicketTypeName);
        // Stored before it is shown as admitted: a reload or a dead battery never loses an admitted scan.
        await store.PutScanAsync(scan);
        Scans.Insert(0, scan);
        return new(DoorVerdict.Admitted, texts["Admitted"], $"{entry.TicketTypeName} · {entry.AccessLevel}");
    }

    /// <summary>Sends the queue (if any) and downloads the list again; does nothing while another sync runs.</summary>
    public async Task SyncAsync()
    {
        // The browser runs .NET on one thread: a flag is enough to keep a second sync (a click, the online event) out.
        if (_syncing) return;
        _syncing = true;
        try
        {
            var queued = Scans.Where(s => s.Queued).OrderBy(s => s.ScannedAt).Take(OfflineScanBatchRequest.MaxScans).ToList();
            if (queued.Count > 0 && DoorName is { Length: > 0 } door)
            {
                var batch = new OfflineScanBatchRequest
                {
                    DeviceId = DeviceId,
                    DoorName = door,
                    Scans = [.. queued.Select(s => new OfflineScanRequest { Code = s.Code, ScannedAt = s.ScannedAt })],
                };
                var result = await api.SyncAsync(EventId, batch);
                if (!result.Succeeded)
                {
                    Problem = result.Error;
                    return;
                }
                foreach (var (scan, answer) in queued.Zip(result.Value!.Results))
                    await ReplaceAsync(scan, scan with { Result = answer.Status, CheckedInAt = answer.CheckedInAt, Door = answer.Door, Reason = answer.Reason });
            }
            await DownloadAsync();
        }
        finally
        {
            _syncing = false;
        }
    }

    public string AlreadyCheckedIn(DateTimeOffset? at, string? door) => texts["AlreadyCheckedInWhere", Where(at, door)];

    /// <summary>" at 19:02 at Door 2" (this device's time zone), as in "already checked in at 19:02 at Door 2".</summary>
    public string Where(DateTimeOffset? at, string? door) =>
        $"{(at is { } t ? texts["WhereAtTime", Clock(t)] : "")}{(door is { Length: > 0 } d ? texts["WhereAtDoor", d] : texts["WhereAtPortal"])}";

    public static string Clock(DateTimeOffset at) => at.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    private async Task ReplaceAsync(DoorScan old, DoorScan updated)
    {
        await store.PutScanAsync(updated);
        Scans[Scans.IndexOf(old)] = updated;
    }

    private void Use(DoorListResponse? list)
    {
        List = list;
        _entries = list?.Tickets.ToDictionary(t => t.CodeHash, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
    }
}

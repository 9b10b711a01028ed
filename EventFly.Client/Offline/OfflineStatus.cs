namespace EventFly.Client.Offline;

/// <summary>
/// Whether the participant app is offline and, if it is showing answers kept on the device, from when: what the
/// offline banner shows. One per app session (scoped).
/// </summary>
public sealed class OfflineStatus
{
    /// <summary>The browser has no network, or the host did not answer.</summary>
    public bool IsOffline { get; private set; }

    /// <summary>The session expired: kept answers are shown until the participant signs in again.</summary>
    public bool IsSignedOut { get; private set; }

    /// <summary>When the oldest kept answer on show was saved; null while everything comes from the server.</summary>
    public DateTimeOffset? LastUpdated { get; private set; }

    public bool ShowsBanner => IsOffline || IsSignedOut;

    public event Action? Changed;

    internal void WentOffline() => Set(offline: true, IsSignedOut, LastUpdated);

    internal void ShowingKept(DateTimeOffset savedAt, bool signedOut) =>
        Set(offline: !signedOut || IsOffline, signedOut || IsSignedOut, LastUpdated is { } shown && shown < savedAt ? shown : savedAt);

    internal void BackOnline() => Set(offline: false, signedOut: false, lastUpdated: null);

    private void Set(bool offline, bool signedOut, DateTimeOffset? lastUpdated)
    {
        if (offline == IsOffline && signedOut == IsSignedOut && lastUpdated == LastUpdated) return;
        (IsOffline, IsSignedOut, LastUpdated) = (offline, signedOut, lastUpdated);
        Changed?.Invoke();
    }
}

namespace EventFly.Client.Offline;

/// <summary>API answers kept on this device for offline use, per account (js/offline.js over IndexedDB).</summary>
public interface IOfflineStore
{
    Task PutAsync(string account, string key, KeptResponse response, CancellationToken cancellationToken = default);

    Task<KeptResponse?> GetAsync(string account, string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets everything kept on this device (all accounts).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}

/// <summary>One kept answer: its body (base64), its content type and when it was saved.</summary>
public sealed record KeptResponse(string Body, string ContentType, DateTimeOffset SavedAt);

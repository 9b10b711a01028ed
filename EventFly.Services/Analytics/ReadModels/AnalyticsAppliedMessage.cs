namespace EventFly.Services.Analytics.ReadModels;

/// <summary>
/// A fact already counted, by its natural key (<c>checkin:{ticketId}</c>, <c>comment:{commentId}</c>, <c>hit:{hitId}</c>…):
/// a redelivered or replayed message finds its key and changes nothing. Written in the transaction of its counts.
/// </summary>
internal sealed class AnalyticsAppliedMessage(string key, DateTimeOffset appliedAt)
{
    public const int MaxKeyLength = 120;

    public string Key { get; private set; } = key;

    public DateTimeOffset AppliedAt { get; private set; } = appliedAt;
}

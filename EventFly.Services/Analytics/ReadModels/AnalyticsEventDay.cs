namespace EventFly.Services.Analytics.ReadModels;

/// <summary>One event's UTC day: sales, cancellations, check-ins and engagement that happened on it. Money in hundredths.</summary>
internal sealed class AnalyticsEventDay(Guid eventId, DateOnly day)
{
    public Guid EventId { get; private set; } = eventId;

    public DateOnly Day { get; private set; } = day;

    public int OrdersPaid { get; set; }

    public int TicketsSold { get; set; }

    public long Gross { get; set; }

    public int OrdersCancelled { get; set; }

    public int TicketsCancelled { get; set; }

    public long Refunds { get; set; }

    public int CheckIns { get; set; }

    public int Posts { get; set; }

    public int Comments { get; set; }

    public int Reactions { get; set; }

    public int Questions { get; set; }

    public int PollVotes { get; set; }

    public int QuizAnswers { get; set; }

    /// <summary>Optimistic concurrency: two dispatchers adding to one day never lose an update (one retries).</summary>
    public int Version { get; set; }
}

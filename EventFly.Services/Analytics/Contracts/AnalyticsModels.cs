namespace EventFly.Services.Analytics.Contracts;

/// <summary>
/// The days a dashboard covers, UTC and both ends included; an open end reaches the first or the latest day with data.
/// Sales, refunds, traffic and engagement are counted on the day they happened.
/// </summary>
public sealed record AnalyticsRange(DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The longest range asked for: three years.</summary>
    public const int MaxDays = 3 * 366;

    public static AnalyticsRange All { get; } = new();

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);
}

/// <summary>How an event is selling, filling up and going, from Analytics' read models (amounts in the event's currency).</summary>
public sealed record EventAnalytics(
    Guid EventId,
    string Name,
    string TimeZone,
    DateTimeOffset StartsAt,
    string? Currency,
    AnalyticsRange Range,
    int TicketsSold,
    int OrdersPaid,
    decimal Revenue,
    decimal GrossRevenue,
    decimal Refunds,
    int OrdersCancelled,
    int TicketsCancelled,
    int Capacity,
    int CheckIns,
    double AttendanceRate,
    int NoShows,
    SalesFunnel Funnel,
    IReadOnlyList<SalesDay> SalesByDay,
    IReadOnlyList<TicketTypeSales> ByTicketType,
    IReadOnlyList<CheckInSlot> CheckInsOverTime,
    EngagementTotals Engagement,
    FeedbackTotals Feedback)
{
    /// <summary>Tickets sold (and not cancelled) against the capacity of the ticket types on offer; 0 without capacity.</summary>
    public double CapacityUsed => Capacity == 0 ? 0 : Math.Round((double)TicketsSold / Capacity, 4);
}

/// <summary>
/// One UTC day of sales: tickets and orders confirmed that day, minus nothing; refunds and cancellations are counted on
/// the day they happened. <see cref="Net"/> is gross minus refunds; the cumulative columns run from the range's start.
/// </summary>
public sealed record SalesDay(DateOnly Day, string? Currency, int Tickets, int Orders, int TicketsCancelled, decimal Gross, decimal Refunds,
    int CumulativeTickets, decimal CumulativeNet)
{
    public decimal Net => Gross - Refunds;
}

/// <summary>A ticket type's sales over the event's life (not limited to the range): sold counts only what was not cancelled.</summary>
public sealed record TicketTypeSales(Guid TicketTypeId, string Name, int Sold, int Cancelled, decimal Revenue);

/// <summary>Check-ins in the quarter hour starting at <see cref="Start"/> (in the event's time zone).</summary>
public sealed record CheckInSlot(DateTimeOffset Start, int CheckIns);

/// <summary>Event page views, checkouts started (from the ticket picker) and orders paid, in the range.</summary>
public sealed record SalesFunnel(int PageViews, int CheckoutsStarted, int OrdersPaid);

public sealed record EngagementTotals(int Posts, int Comments, int Reactions, int Questions, int PollVotes, int QuizAnswers)
{
    public static EngagementTotals None { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Posts + Comments + Reactions + Questions + PollVotes + QuizAnswers;
}

/// <summary>Ratings given (each person's latest), their average and how many gave 1..5 stars (<see cref="Distribution"/>[0] is 1 star).</summary>
public sealed record FeedbackTotals(int Count, double? Average, IReadOnlyList<int> Distribution);

/// <summary>Money taken in one currency: <see cref="Net"/> is gross minus refunds.</summary>
public sealed record RevenueTotal(string Currency, decimal Gross, decimal Refunds)
{
    public decimal Net => Gross - Refunds;
}

/// <summary>An organization's events together; money per currency (an organization may sell in several).</summary>
public sealed record OrganizationAnalytics(
    Guid OrganizationId,
    AnalyticsRange Range,
    int EventsPublished,
    int TicketsSold,
    int OrdersPaid,
    int CheckIns,
    IReadOnlyList<RevenueTotal> Revenue,
    SalesFunnel Funnel,
    IReadOnlyList<SalesDay> SalesByDay,
    IReadOnlyList<EventRow> Events,
    EngagementTotals Engagement,
    FeedbackTotals Feedback);

/// <summary>One event's line in a list of events (organization dashboard, the platform's top events).</summary>
public sealed record EventRow(Guid EventId, Guid OrganizationId, string Name, DateTimeOffset StartsAt, int TicketsSold, int CheckIns, string? Currency,
    decimal Revenue, double? FeedbackAverage);

/// <summary>An organization's line in the platform's top list.</summary>
public sealed record OrganizationRow(Guid OrganizationId, string Name, int EventsPublished, int TicketsSold, IReadOnlyList<RevenueTotal> Revenue);

/// <summary>A count on a UTC day.</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>The platform: everything sold on it (GMV per currency), events published per day, the top events and organizations.</summary>
public sealed record PlatformAnalytics(
    AnalyticsRange Range,
    int Organizations,
    int EventsPublished,
    int TicketsSold,
    int OrdersPaid,
    IReadOnlyList<RevenueTotal> Gmv,
    IReadOnlyList<SalesDay> SalesByDay,
    IReadOnlyList<DayCount> EventsPublishedByDay,
    IReadOnlyList<EventRow> TopEvents,
    IReadOnlyList<OrganizationRow> TopOrganizations);

/// <summary>What a participant did on an event's public pages, reported by the participant app.</summary>
public enum TrafficKind
{
    PageView,
    CheckoutStarted,
}

/// <summary>How a rebuild went: the integration events replayed and how long it took.</summary>
public sealed record RebuildReport(int EventsReplayed, TimeSpan Duration);

/// <summary>The rebuild job: running or not, and how the last one went.</summary>
public sealed record RebuildStatus(bool Running, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, RebuildReport? LastReport, string? Error);

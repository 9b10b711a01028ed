using EventFly.Services.Analytics.Contracts;

namespace EventFly.Web.Tests;

/// <summary>Dashboards' records as the Analytics service returns them, for rendering without services.</summary>
internal static class AnalyticsSamples
{
    public static readonly Guid EventId = Guid.Parse("0199aaaa-0000-7000-8000-000000000001");
    public static readonly Guid OtherEventId = Guid.Parse("0199aaaa-0000-7000-8000-000000000002");
    public static readonly Guid OrganizationId = Guid.Parse("0199aaaa-0000-7000-8000-0000000000aa");
    public static readonly Guid OtherOrganizationId = Guid.Parse("0199aaaa-0000-7000-8000-0000000000bb");

    public static readonly DateOnly Day1 = new(2026, 3, 1);

    /// <summary>Three days of sales in EUR (one refund on the third), two ticket types, check-ins at the door, a few ratings.</summary>
    public static EventAnalytics Event(AnalyticsRange? range = null) => new(
        EventId, "Riverside Jazz Night", "Europe/Berlin", new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.Zero), "EUR", range ?? AnalyticsRange.All,
        TicketsSold: 1204, OrdersPaid: 96, Revenue: 21_654m, GrossRevenue: 21_690m, Refunds: 36m, OrdersCancelled: 1, TicketsCancelled: 2, Capacity: 1505,
        CheckIns: 980, AttendanceRate: 0.8139, NoShows: 224,
        Funnel: new SalesFunnel(5400, 610, 96),
        SalesByDay:
        [
            new SalesDay(Day1, "EUR", 1000, 80, 0, 18_000m, 0m, 1000, 18_000m),
            new SalesDay(Day1.AddDays(1), "EUR", 6, 6, 0, 108m, 0m, 1006, 18_108m),
            new SalesDay(Day1.AddDays(3), "EUR", 200, 11, 2, 3_582m, 36m, 1204, 21_654m),
        ],
        ByTicketType:
        [
            new TicketTypeSales(Guid.NewGuid(), "Standing", 1100, 2, 19_800m),
            new TicketTypeSales(Guid.NewGuid(), "VIP lounge", 104, 0, 1_854m),
        ],
        CheckInsOverTime:
        [
            new CheckInSlot(new DateTimeOffset(2026, 3, 10, 18, 0, 0, TimeSpan.FromHours(1)), 300),
            new CheckInSlot(new DateTimeOffset(2026, 3, 10, 18, 30, 0, TimeSpan.FromHours(1)), 680),
        ],
        Engagement: new EngagementTotals(12, 40, 310, 25, 420, 0),
        Feedback: new FeedbackTotals(7, 4.29, [0, 0, 1, 3, 3]));

    public static EventAnalytics Other() => Event() with
    {
        EventId = OtherEventId, Name = "Spring Concert", TicketsSold = 7, OrdersPaid = 7, Revenue = 0m, GrossRevenue = 0m, Refunds = 0m, Capacity = 200,
        CheckIns = 6, AttendanceRate = 0.857, Funnel = new SalesFunnel(0, 0, 7), Feedback = new FeedbackTotals(0, null, [0, 0, 0, 0, 0]),
    };

    public static OrganizationAnalytics Organization() => new(
        OrganizationId, AnalyticsRange.All, EventsPublished: 4, TicketsSold: 1211, OrdersPaid: 103, CheckIns: 986,
        Revenue: [new RevenueTotal("EUR", 21_690m, 36m)],
        Funnel: new SalesFunnel(5400, 610, 103),
        SalesByDay: Event().SalesByDay,
        Events:
        [
            new EventRow(EventId, OrganizationId, "Riverside Jazz Night", new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.Zero), 1204, 980, "EUR", 21_654m, 4.29),
            new EventRow(OtherEventId, OrganizationId, "Spring Concert", new DateTimeOffset(2026, 2, 20, 17, 0, 0, TimeSpan.Zero), 7, 6, null, 0m, null),
        ],
        Engagement: new EngagementTotals(12, 40, 310, 25, 420, 0),
        Feedback: new FeedbackTotals(7, 4.29, [0, 0, 1, 3, 3]));

    public static PlatformAnalytics Platform() => new(
        AnalyticsRange.All, Organizations: 2, EventsPublished: 8, TicketsSold: 1212, OrdersPaid: 104,
        Gmv: [new RevenueTotal("EUR", 21_690m, 36m), new RevenueTotal("USD", 500m, 0m)],
        SalesByDay: [.. Event().SalesByDay, new SalesDay(Day1.AddDays(1), "USD", 1, 1, 0, 500m, 0m, 1, 500m)],
        EventsPublishedByDay: [new DayCount(Day1.AddDays(-10), 5), new DayCount(Day1.AddDays(-2), 3)],
        TopEvents:
        [
            new EventRow(EventId, OrganizationId, "Riverside Jazz Night", new DateTimeOffset(2026, 3, 10, 17, 0, 0, TimeSpan.Zero), 1204, 980, "EUR", 21_654m, null),
            new EventRow(OtherEventId, OtherOrganizationId, "Remote Tech Talks", new DateTimeOffset(2026, 3, 12, 16, 0, 0, TimeSpan.Zero), 8, 0, "USD", 500m, null),
        ],
        TopOrganizations:
        [
            new OrganizationRow(OrganizationId, "Riverside Events", 4, 1211, [new RevenueTotal("EUR", 21_654m, 0m)]),
            new OrganizationRow(OtherOrganizationId, "Spree Tech Meetups", 4, 1, [new RevenueTotal("USD", 500m, 0m)]),
        ]);
}

using EventFly.Domain.Analytics;
using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using static EventFly.Services.Analytics.AnalyticsProjector;

namespace EventFly.Services.Analytics;

/// <summary>
/// Dashboards read from the read models only (one query per table, summed in memory: an event has a row per day, an
/// organization a few thousand). Who may see them is decided here: event and organization staff with
/// <c>analytics.view</c>, platform admins everywhere.
/// </summary>
internal sealed class AnalyticsService(
    AnalyticsData db,
    IEventAccess eventAccess,
    IEventService events,
    IOrganizationAccess organizationAccess,
    IOrganizationService organizations,
    ITicketCatalog catalog,
    TimeProvider time) : IAnalyticsService
{
    public const int TopCount = 10;

    public async Task<EventAnalytics> GetEventAsync(Actor actor, Guid eventId, AnalyticsRange range, CancellationToken cancellationToken)
    {
        if (!actor.IsPlatformAdmin)
        {
            // Outside the event's staff there is no dashboard to refuse (as for an organization's non-members): 404, not 403.
            var grant = await eventAccess.ReadAsync(actor, eventId, cancellationToken);
            if (!grant.IsStaff) throw new NotFoundException(AnalyticsErrors.UnknownEvent, "That event does not exist.");
            grant.Organization.Require(Permissions.AnalyticsView, eventId);
        }
        var summary = await events.GetSummaryAsync(eventId, cancellationToken) ?? throw new NotFoundException(AnalyticsErrors.UnknownEvent, "That event does not exist.");
        var known = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.EventId == eventId, cancellationToken);
        var days = await db.Days.AsNoTracking().Where(d => d.EventId == eventId).OrderBy(d => d.Day).ToListAsync(cancellationToken);
        var traffic = await db.Traffic.AsNoTracking().Where(d => d.EventId == eventId).ToListAsync(cancellationToken);
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).ToListAsync(cancellationToken);
        var slots = await db.CheckInSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Start).ToListAsync(cancellationToken);
        var ratings = await RatingsAsync(db.Feedback.Where(f => f.EventId == eventId), range, cancellationToken);
        // Not as the caller: a platform admin is on no staff, so would be shown neither hidden types nor a draft's.
        var offered = await catalog.ListAllTicketTypesAsync(eventId, cancellationToken);

        var inRange = days.Where(d => range.Contains(d.Day)).ToList();
        var sold = days.Sum(d => d.TicketsSold - d.TicketsCancelled);
        var checkedIn = days.Sum(d => d.CheckIns);
        var names = offered.ToDictionary(t => t.Id, t => t.Name);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(summary.TimeZone);
        var ended = summary.EndsAt <= time.GetUtcNow();
        return new EventAnalytics(
            eventId, summary.Name, summary.TimeZone, summary.StartsAt, known?.Currency, range,
            TicketsSold: inRange.Sum(d => d.TicketsSold - d.TicketsCancelled),
            OrdersPaid: inRange.Sum(d => d.OrdersPaid - d.OrdersCancelled),
            Revenue: FromHundredths(inRange.Sum(d => d.Gross - d.Refunds)),
            GrossRevenue: FromHundredths(inRange.Sum(d => d.Gross)),
            Refunds: FromHundredths(inRange.Sum(d => d.Refunds)),
            OrdersCancelled: inRange.Sum(d => d.OrdersCancelled),
            TicketsCancelled: inRange.Sum(d => d.TicketsCancelled),
            Capacity: offered.Sum(t => t.Capacity),
            CheckIns: inRange.Sum(d => d.CheckIns),
            AttendanceRate: sold == 0 ? 0 : Math.Round((double)checkedIn / sold, 4),
            NoShows: ended ? Math.Max(0, sold - checkedIn) : 0,
            Funnel: new SalesFunnel(traffic.Where(t => range.Contains(t.Day)).Sum(t => t.PageViews), traffic.Where(t => range.Contains(t.Day)).Sum(t => t.CheckoutsStarted),
                inRange.Sum(d => d.OrdersPaid)),
            SalesByDay: SalesByDay(inRange.Select(d => (d, known?.Currency))),
            ByTicketType: [.. types.Select(t => new TicketTypeSales(t.TicketTypeId, names.GetValueOrDefault(t.TicketTypeId, "(removed)"), t.Sold, t.Cancelled,
                FromHundredths(t.Revenue))).OrderByDescending(t => t.Sold)],
            CheckInsOverTime: [.. slots.Where(s => range.Contains(DayOf(s.Start)))
                .Select(s => new CheckInSlot(TimeZoneInfo.ConvertTime(s.Start, zone), s.CheckIns))],
            Engagement: EngagementOf(inRange),
            Feedback: ratings);
    }

    public async Task<OrganizationAnalytics> GetOrganizationAsync(Actor actor, Guid organizationId, AnalyticsRange range, CancellationToken cancellationToken)
    {
        if (!actor.IsPlatformAdmin)
        {
            var grant = await organizationAccess.GetGrantAsync(actor, organizationId, cancellationToken);
            if (!grant.IsMember) throw new NotFoundException(AnalyticsErrors.UnknownOrganization, "That organization does not exist.");
            grant.Require(Permissions.AnalyticsView);
        }
        var known = await db.Events.AsNoTracking().Where(e => e.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var ids = known.Select(e => e.EventId).ToList();
        var days = await InRange(db.Days.AsNoTracking().Where(d => ids.Contains(d.EventId)), range).ToListAsync(cancellationToken);
        var traffic = await InRange(db.Traffic.AsNoTracking().Where(d => ids.Contains(d.EventId)), range).ToListAsync(cancellationToken);
        var ratings = await RatingsAsync(db.Feedback.Where(f => ids.Contains(f.EventId)), range, cancellationToken);
        var averages = await db.Feedback.Where(f => ids.Contains(f.EventId)).GroupBy(f => f.EventId)
            .Select(g => new { EventId = g.Key, Average = g.Average(f => (double)f.Rating) }).ToDictionaryAsync(g => g.EventId, g => g.Average, cancellationToken);
        var currencies = known.ToDictionary(e => e.EventId, e => e.Currency);
        var summaries = (await events.GetSummariesAsync(ids, cancellationToken)).ToDictionary(e => e.Id);

        var rows = days.GroupBy(d => d.EventId).Select(g => new EventRow(g.Key, organizationId, summaries.GetValueOrDefault(g.Key)?.Name ?? "(deleted)",
                summaries.GetValueOrDefault(g.Key)?.StartsAt ?? default, g.Sum(d => d.TicketsSold - d.TicketsCancelled), g.Sum(d => d.CheckIns),
                currencies.GetValueOrDefault(g.Key), FromHundredths(g.Sum(d => d.Gross - d.Refunds)), averages.TryGetValue(g.Key, out var a) ? Math.Round(a, 2) : null))
            .OrderByDescending(r => r.StartsAt).ToList();
        return new OrganizationAnalytics(
            organizationId, range,
            EventsPublished: known.Count(e => e.PublishedAt is { } at && range.Contains(DayOf(at))),
            TicketsSold: days.Sum(d => d.TicketsSold - d.TicketsCancelled),
            OrdersPaid: days.Sum(d => d.OrdersPaid - d.OrdersCancelled),
            CheckIns: days.Sum(d => d.CheckIns),
            Revenue: RevenueOf(days.Select(d => (d, currencies.GetValueOrDefault(d.EventId)))),
            Funnel: new SalesFunnel(traffic.Sum(t => t.PageViews), traffic.Sum(t => t.CheckoutsStarted), days.Sum(d => d.OrdersPaid)),
            SalesByDay: SalesByDay(days.Select(d => (d, currencies.GetValueOrDefault(d.EventId)))),
            Events: rows,
            Engagement: EngagementOf(days),
            Feedback: ratings);
    }

    public async Task<PlatformAnalytics> GetPlatformAsync(Actor actor, AnalyticsRange range, CancellationToken cancellationToken)
    {
        if (!actor.IsPlatformAdmin) throw new ForbiddenException(CommonErrors.Forbidden, "Only platform admins see the platform's analytics.");
        var byDay = await InRange(db.Days.AsNoTracking(), range)
            .Join(db.Events, d => d.EventId, e => e.EventId, (d, e) => new { d.Day, e.Currency, d.OrdersPaid, d.OrdersCancelled, d.TicketsSold, d.TicketsCancelled, d.Gross, d.Refunds })
            .GroupBy(d => new { d.Day, d.Currency })
            .Select(g => new
            {
                g.Key.Day, g.Key.Currency, OrdersPaid = g.Sum(d => d.OrdersPaid), OrdersCancelled = g.Sum(d => d.OrdersCancelled),
                TicketsSold = g.Sum(d => d.TicketsSold), TicketsCancelled = g.Sum(d => d.TicketsCancelled), Gross = g.Sum(d => d.Gross), Refunds = g.Sum(d => d.Refunds),
            })
            .ToListAsync(cancellationToken);
        var days = byDay.Select(g => (new AnalyticsEventDay(Guid.Empty, g.Day)
        {
            OrdersPaid = g.OrdersPaid, OrdersCancelled = g.OrdersCancelled, TicketsSold = g.TicketsSold, TicketsCancelled = g.TicketsCancelled, Gross = g.Gross, Refunds = g.Refunds,
        }, g.Currency)).ToList();
        var perEvent = await InRange(db.Days.AsNoTracking(), range)
            .GroupBy(d => d.EventId)
            .Select(g => new { EventId = g.Key, Tickets = g.Sum(d => d.TicketsSold - d.TicketsCancelled), CheckIns = g.Sum(d => d.CheckIns), Net = g.Sum(d => d.Gross - d.Refunds) })
            .ToListAsync(cancellationToken);
        var published = await db.Events.AsNoTracking().Where(e => e.PublishedAt != null).Select(e => new { e.EventId, e.OrganizationId, e.Currency, e.PublishedAt })
            .ToListAsync(cancellationToken);
        var allEvents = await db.Events.AsNoTracking().ToDictionaryAsync(e => e.EventId, cancellationToken);

        var top = perEvent.OrderByDescending(e => e.Tickets).Take(TopCount).ToList();
        var topSummaries = (await events.GetSummariesAsync([.. top.Select(e => e.EventId)], cancellationToken)).ToDictionary(e => e.Id);
        var topEvents = top.Where(e => topSummaries.ContainsKey(e.EventId)).Select(e => new EventRow(e.EventId, topSummaries[e.EventId].OrganizationId,
            topSummaries[e.EventId].Name, topSummaries[e.EventId].StartsAt, e.Tickets, e.CheckIns, allEvents[e.EventId].Currency, FromHundredths(e.Net), null)).ToList();
        var perOrganization = perEvent.GroupBy(e => allEvents.GetValueOrDefault(e.EventId)?.OrganizationId ?? Guid.Empty).Where(g => g.Key != Guid.Empty)
            .Select(g => new
            {
                OrganizationId = g.Key, Tickets = g.Sum(e => e.Tickets),
                Revenue = g.GroupBy(e => allEvents[e.EventId].Currency ?? "").Where(c => c.Key != "")
                    .Select(c => new RevenueTotal(c.Key, FromHundredths(c.Sum(e => e.Net)), 0)).ToList(),
            })
            .OrderByDescending(o => o.Tickets).Take(TopCount).ToList();
        var orgNames = await organizations.GetNamesAsync([.. perOrganization.Select(o => o.OrganizationId)], cancellationToken);
        var publishedInRange = published.Where(e => range.Contains(DayOf(e.PublishedAt!.Value))).ToList();
        return new PlatformAnalytics(
            range,
            Organizations: publishedInRange.Select(e => e.OrganizationId).Distinct().Count(),
            EventsPublished: publishedInRange.Count,
            TicketsSold: days.Sum(d => d.Item1.TicketsSold - d.Item1.TicketsCancelled),
            OrdersPaid: days.Sum(d => d.Item1.OrdersPaid - d.Item1.OrdersCancelled),
            Gmv: RevenueOf(days),
            SalesByDay: SalesByDay(days),
            EventsPublishedByDay: [.. publishedInRange.GroupBy(e => DayOf(e.PublishedAt!.Value)).OrderBy(g => g.Key).Select(g => new DayCount(g.Key, g.Count()))],
            TopEvents: topEvents,
            TopOrganizations: [.. perOrganization.Select(o => new OrganizationRow(o.OrganizationId, orgNames.GetValueOrDefault(o.OrganizationId, "(deleted)"),
                published.Count(e => e.OrganizationId == o.OrganizationId), o.Tickets, o.Revenue))]);
    }

    private static IQueryable<AnalyticsEventDay> InRange(IQueryable<AnalyticsEventDay> days, AnalyticsRange range) =>
        days.Where(d => (range.From == null || d.Day >= range.From) && (range.To == null || d.Day <= range.To));

    private static IQueryable<AnalyticsTrafficDay> InRange(IQueryable<AnalyticsTrafficDay> days, AnalyticsRange range) =>
        days.Where(d => (range.From == null || d.Day >= range.From) && (range.To == null || d.Day <= range.To));

    private static async Task<FeedbackTotals> RatingsAsync(IQueryable<AnalyticsFeedback> feedback, AnalyticsRange range, CancellationToken cancellationToken)
    {
        var counts = await feedback.AsNoTracking().Select(f => new { f.Rating, f.SubmittedAt }).ToListAsync(cancellationToken);
        var inRange = counts.Where(f => range.Contains(DayOf(f.SubmittedAt))).ToList();
        var distribution = Enumerable.Range(1, 5).Select(stars => inRange.Count(f => f.Rating == stars)).ToList();
        return new FeedbackTotals(inRange.Count, inRange.Count == 0 ? null : Math.Round(inRange.Average(f => f.Rating), 2), distribution);
    }

    private static EngagementTotals EngagementOf(IEnumerable<AnalyticsEventDay> days)
    {
        var list = days as IReadOnlyCollection<AnalyticsEventDay> ?? [.. days];
        return new EngagementTotals(list.Sum(d => d.Posts), list.Sum(d => d.Comments), list.Sum(d => d.Reactions), list.Sum(d => d.Questions),
            list.Sum(d => d.PollVotes), list.Sum(d => d.QuizAnswers));
    }

    private static List<RevenueTotal> RevenueOf(IEnumerable<(AnalyticsEventDay Day, string? Currency)> days) =>
        [.. days.Where(d => d.Currency is not null).GroupBy(d => d.Currency!).OrderBy(g => g.Key)
            .Select(g => new RevenueTotal(g.Key, FromHundredths(g.Sum(d => d.Day.Gross)), FromHundredths(g.Sum(d => d.Day.Refunds))))];

    /// <summary>Per day and currency (a day without a currency sold nothing paid), with running totals per currency.</summary>
    private static List<SalesDay> SalesByDay(IEnumerable<(AnalyticsEventDay Day, string? Currency)> days)
    {
        var result = new List<SalesDay>();
        var running = new Dictionary<string, (int Tickets, long Net)>();
        foreach (var g in days.GroupBy(d => (d.Day.Day, d.Currency)).OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Currency))
        {
            var tickets = g.Sum(d => d.Day.TicketsSold);
            var cancelled = g.Sum(d => d.Day.TicketsCancelled);
            var gross = g.Sum(d => d.Day.Gross);
            var refunds = g.Sum(d => d.Day.Refunds);
            var key = g.Key.Currency ?? "";
            var (runTickets, runNet) = running.GetValueOrDefault(key);
            running[key] = (runTickets + tickets - cancelled, runNet + gross - refunds);
            result.Add(new SalesDay(g.Key.Day, g.Key.Currency, tickets, g.Sum(d => d.Day.OrdersPaid), cancelled, FromHundredths(gross), FromHundredths(refunds),
                running[key].Tickets, FromHundredths(running[key].Net)));
        }
        return result;
    }
}

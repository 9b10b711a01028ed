using System.Text.Json;
using EventFly.Domain.Engagement;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Tests.Analytics;

/// <summary>A rebuild from the contexts' replayed history gives the rows the outbox gave, and keeps the traffic only Analytics knows.</summary>
public sealed class AnalyticsRebuildTests : IAsyncLifetime
{
    private AnalyticsTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await AnalyticsTestBed.CreateAsync(AnalyticsTestBed.WithoutMails);

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Rebuild_AfterSalesEngagementFeedbackAndTraffic_GivesTheRowsTheOutboxGave_AndKeepsTheTraffic()
    {
        var organizationId = await _bed.NewOrganizationAsync("Rebuild org");
        var eventId = await _bed.NewEventAsync(organizationId, "Festival", startsIn: TimeSpan.FromDays(1));
        var free = (await _bed.NewTypeAsync(eventId, "Free", 0)).Id;
        var paid = (await _bed.NewTypeAsync(eventId, "Paid", 12.5m)).Id;
        var trafficOnly = await _bed.NewEventAsync(organizationId, "Only looked at");
        var draft = await _bed.NewEventAsync(organizationId, "Draft", publish: false);
        var doomed = await _bed.NewEventAsync(organizationId, "Called off");
        var doomedType = (await _bed.NewTypeAsync(doomed, "Paid", 20)).Id;
        var (first, second, third) = (await BuyerAsync("first"), await BuyerAsync("second"), await BuyerAsync("third"));

        // Day 1: sales, an unpaid order cancelled, one left to expire, a paid one cancelled by staff; the outbox runs part-way.
        var firstOrder = await PlaceAsync(eventId, first, free, 2);
        await PlaceAsync(eventId, second, paid, 1, pay: true);
        var refunded = await PlaceAsync(eventId, third, paid, 2, pay: true);
        var unpaid = await PlaceAsync(eventId, second, paid, 1);
        await _bed.Ticketing(t => t.CancelOrderAsync(unpaid, second, default));
        await PlaceAsync(eventId, third, paid, 1);
        await PlaceAsync(doomed, first, doomedType, 1, pay: true);
        await Track(eventId, TrafficKind.PageView, TrafficKind.PageView, TrafficKind.CheckoutStarted);
        await Track(trafficOnly, TrafficKind.PageView);
        await Track(draft, TrafficKind.PageView);
        await _bed.DispatchAllAsync();
        _bed.Time.Advance(TimeSpan.FromHours(6));
        await _bed.Ticketing(t => t.ExpireHoldsAsync(default));
        await _bed.Ticketing(t => t.CancelOrderAsync(refunded, null, default));
        await _bed.In<IEventService, EventView>(e => e.CancelAsync(_bed.Organizer, doomed, default));

        // Engagement before the start.
        var post = await _bed.In<IFeedService, PostView>(f => f.CreatePostAsync(_bed.Organizer, eventId, new PostDraft("Welcome"), default));
        await _bed.In<IFeedService, CommentView>(f => f.AddCommentAsync(new Actor(first), post.Id, "Can't wait", default));
        await _bed.In<IFeedService, PostReactions>(f => f.ReactAsync(new Actor(second), post.Id, ReactionKinds.Party, default));
        await _bed.In<IQuestionService, QuestionView>(q => q.AskAsync(new Actor(first), eventId, new QuestionDraft("Is there parking?", false), default));
        var poll = await _bed.In<IPollService, PollView>(p => p.CreateAsync(_bed.Organizer, eventId, new PollDraft("Best act?", ["A", "B"], false, null), default));
        await _bed.In<IPollService, PollView>(p => p.VoteAsync(new Actor(first), poll.Id, [poll.Options[0].Id], default));
        await _bed.In<IPollService, PollView>(p => p.VoteAsync(new Actor(second), poll.Id, [poll.Options[1].Id], default));

        // Day 2: the event starts; scans, a quiz, feedback (one replaced).
        _bed.Time.Advance(TimeSpan.FromHours(18));
        var codes = (await _bed.Ticketing(t => t.GetOrderAsync(firstOrder, null, default))).Tickets.Select(t => t.Code).ToList();
        await CheckInAsync(eventId, codes[0]);
        _bed.Time.Advance(TimeSpan.FromMinutes(20));
        await CheckInAsync(eventId, codes[1]);
        var quiz = await _bed.In<IQuizService, QuizView>(q => q.CreateAsync(_bed.Organizer, eventId,
            new QuizDraft("Warm-up", [new QuizQuestionDraft("2 + 2?", ["3", "4"], 1, 20)]), default));
        var question = (await _bed.In<IQuizService, QuizSnapshot>(q => q.NextAsync(_bed.Organizer, quiz.Id, default))).Question!;
        await _bed.In<IQuizService, QuizAnswerResult>(q => q.AnswerAsync(new Actor(first), quiz.Id, question.Id, question.Options[1].Id, default));
        await RateAsync(eventId, first, 2);
        _bed.Time.Advance(TimeSpan.FromMinutes(5));
        await RateAsync(eventId, first, 4);
        await RateAsync(eventId, second, 5);
        await _bed.DispatchAllAsync();

        var incremental = await _bed.ReadModelRowsAsync();
        var dashboards = await DashboardsAsync(eventId, organizationId);
        Assert.Contains(incremental, r => r.StartsWith($"traffic {trafficOnly}", StringComparison.Ordinal));
        var shown = await _bed.EventAnalyticsAsync(eventId);
        Assert.Equal((3, 2, 37.5m, 25m, 2), (shown.TicketsSold, shown.OrdersPaid, shown.GrossRevenue, shown.Refunds, shown.CheckIns));
        Assert.Equal(new EngagementTotals(1, 1, 1, 1, 2, 1), shown.Engagement);
        Assert.Equal((2, 4.5), (shown.Feedback.Count, shown.Feedback.Average));
        Assert.Equal((2, 1), (shown.Funnel.PageViews, shown.Funnel.CheckoutsStarted));

        var report = await _bed.In<IAnalyticsRebuild, RebuildReport>(r => r.RebuildAsync(default));

        Assert.True(report.EventsReplayed > 0);
        Assert.Equal(incremental, await _bed.ReadModelRowsAsync());
        Assert.Equal(dashboards, await DashboardsAsync(eventId, organizationId));
    }

    private async Task<Guid> BuyerAsync(string name) => (await _bed.Services.CreateUserAsync($"{name}@example.com")).Id;

    private async Task<Guid> PlaceAsync(Guid eventId, Guid buyer, Guid type, int quantity, bool pay = false)
    {
        var order = await _bed.Ticketing(t => t.PlaceOrderAsync(eventId, buyer, [new OrderLineRequest(type, quantity)], null, default));
        if (pay) await _bed.Ticketing(t => t.ConfirmPaymentAsync(order.Id, default));
        return order.Id;
    }

    private Task<CheckInResult> CheckInAsync(Guid eventId, string code) =>
        _bed.In<ICheckInService, CheckInResult>(c => c.CheckInAsync(_bed.Organizer, eventId, code, default));

    private Task<SubmittedFeedback> RateAsync(Guid eventId, Guid userId, int rating) =>
        _bed.In<IFeedbackService, SubmittedFeedback>(f => f.SubmitAsync(new Actor(userId), eventId, new FeedbackSubmission(rating, null, null), default));

    private Task<int> Track(Guid eventId, params TrafficKind[] kinds) => _bed.In<IAnalyticsTracker, int>(async t =>
    {
        foreach (var kind in kinds) await t.TrackAsync(Actor.Anonymous, eventId, kind, default);
        return kinds.Length;
    });

    /// <summary>The event's, the organization's and the platform's dashboards, as JSON.</summary>
    private async Task<string> DashboardsAsync(Guid eventId, Guid organizationId)
    {
        var admin = new Actor(Guid.NewGuid(), IsPlatformAdmin: true);
        var ev = await _bed.EventAnalyticsAsync(eventId);
        var organization = await _bed.In<IAnalyticsService, OrganizationAnalytics>(a => a.GetOrganizationAsync(_bed.Organizer, organizationId, AnalyticsRange.All, default));
        var platform = await _bed.In<IAnalyticsService, PlatformAnalytics>(a => a.GetPlatformAsync(admin, AnalyticsRange.All, default));
        return JsonSerializer.Serialize(new object[] { ev, organization, platform });
    }
}

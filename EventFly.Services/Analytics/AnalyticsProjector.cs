using System.Globalization;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Persistence;
using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Analytics;

/// <summary>
/// The one place integration events become analytics numbers; the outbox handlers and the rebuild both call it, so the
/// two give the same rows. Every fact counts once: orders and feedback by their own rows (whichever of confirmation and
/// cancellation arrives first waits for the other), everything else by a key in <see cref="AnalyticsAppliedMessage"/>.
/// The caller saves.
/// </summary>
internal sealed class AnalyticsProjector(AnalyticsData db, IEventService events, TimeProvider time)
{
    /// <summary>The integration events it reads; anything else is ignored.</summary>
    public static readonly IReadOnlyList<Type> Consumed =
    [
        typeof(EventPublishedV1), typeof(EventCancelledV1), typeof(OrderConfirmedV1), typeof(OrderCancelledV1), typeof(TicketCheckedInV1),
        typeof(PostPublishedV1), typeof(CommentAddedV1), typeof(ReactionAddedV1), typeof(QuestionAskedV1), typeof(PollVotedV1),
        typeof(QuizAnsweredV1), typeof(FeedbackSubmittedV1), typeof(EventTrafficV1),
    ];

    /// <summary>While rebuilding, the tables start empty: a row not tracked yet does not exist, so nothing is looked up.</summary>
    public bool Rebuilding { get; set; }

    public Task ApplyAsync(object integrationEvent, CancellationToken cancellationToken) => integrationEvent switch
    {
        EventPublishedV1 e => MarkEventAsync(e.EventId, e.OrganizationId, row => row.PublishedAt ??= e.OccurredAt, cancellationToken),
        EventCancelledV1 e => MarkEventAsync(e.EventId, e.OrganizationId, row => row.CancelledAt ??= e.OccurredAt, cancellationToken),
        OrderConfirmedV1 e => ConfirmAsync(e, cancellationToken),
        OrderCancelledV1 e => CancelAsync(e, cancellationToken),
        TicketCheckedInV1 e => CheckInAsync(e, cancellationToken),
        PostPublishedV1 e => CountAsync($"post:{e.PostId}", e.EventId, e.OccurredAt, d => d.Posts++, cancellationToken),
        CommentAddedV1 e => CountAsync($"comment:{e.CommentId}", e.EventId, e.OccurredAt, d => d.Comments++, cancellationToken),
        ReactionAddedV1 e => CountAsync($"reaction:{e.PostId}:{e.UserId}:{e.Kind}", e.EventId, e.OccurredAt, d => d.Reactions++, cancellationToken),
        QuestionAskedV1 e => CountAsync($"question:{e.QuestionId}", e.EventId, e.OccurredAt, d => d.Questions++, cancellationToken),
        // Participation: a changed vote or answer is the same participant.
        PollVotedV1 e => CountAsync($"poll:{e.PollId}:{e.UserId}", e.EventId, e.OccurredAt, d => d.PollVotes++, cancellationToken),
        QuizAnsweredV1 e => CountAsync($"quiz:{e.QuestionId}:{e.UserId}", e.EventId, e.OccurredAt, d => d.QuizAnswers++, cancellationToken),
        FeedbackSubmittedV1 e => RateAsync(e, cancellationToken),
        EventTrafficV1 e => TrackAsync(e, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Amounts are kept in hundredths, so both providers sum them in SQL.</summary>
    public static long Hundredths(decimal amount) => (long)decimal.Round(amount * 100m, MidpointRounding.AwayFromZero);

    public static decimal FromHundredths(long amount) => amount / 100m;

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private async Task MarkEventAsync(Guid eventId, Guid organizationId, Action<AnalyticsEvent> mark, CancellationToken cancellationToken) =>
        mark(await EventAsync(eventId, organizationId, cancellationToken));

    private async Task ConfirmAsync(OrderConfirmedV1 e, CancellationToken cancellationToken)
    {
        var order = await RowAsync(db.Orders, [e.OrderId], () => new AnalyticsOrder(e.OrderId, e.EventId), cancellationToken);
        if (order.ConfirmedAt is not null) return;
        order.ConfirmedAt = e.OccurredAt;
        order.Tickets = e.Tickets;
        order.Total = Hundredths(e.Total);
        order.Lines = string.Join(';', (e.Lines ?? []).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.TicketTypeId}:{l.Quantity}:{Hundredths(l.UnitPrice)}")));
        (await EventAsync(e.EventId, null, cancellationToken)).Currency ??= e.Currency;

        var day = await DayAsync(e.EventId, e.OccurredAt, cancellationToken);
        day.OrdersPaid++;
        day.TicketsSold += order.Tickets;
        day.Gross += order.Total;
        foreach (var (typeId, quantity, unitPrice) in LinesOf(order))
        {
            var type = await TicketTypeAsync(e.EventId, typeId, cancellationToken);
            type.Sold += quantity;
            type.Revenue += quantity * unitPrice;
        }
        if (order.CancelledAt is not null) await CountCancellationAsync(order, cancellationToken);
    }

    private async Task CancelAsync(OrderCancelledV1 e, CancellationToken cancellationToken)
    {
        var order = await RowAsync(db.Orders, [e.OrderId], () => new AnalyticsOrder(e.OrderId, e.EventId), cancellationToken);
        if (order.CancelledAt is not null) return;
        order.CancelledAt = e.OccurredAt;
        order.Refunded = e.Refunded;
        // An order cancelled while awaiting payment sold nothing; one confirmed later (messages out of order) is counted then.
        if (order.ConfirmedAt is not null) await CountCancellationAsync(order, cancellationToken);
    }

    private async Task CountCancellationAsync(AnalyticsOrder order, CancellationToken cancellationToken)
    {
        var day = await DayAsync(order.EventId, order.CancelledAt!.Value, cancellationToken);
        day.OrdersCancelled++;
        day.TicketsCancelled += order.Tickets;
        if (order.Refunded) day.Refunds += order.Total;
        foreach (var (typeId, quantity, unitPrice) in LinesOf(order))
        {
            var type = await TicketTypeAsync(order.EventId, typeId, cancellationToken);
            type.Sold -= quantity;
            type.Cancelled += quantity;
            if (order.Refunded) type.Revenue -= quantity * unitPrice;
        }
    }

    private async Task CheckInAsync(TicketCheckedInV1 e, CancellationToken cancellationToken)
    {
        if (!await FirstTimeAsync($"checkin:{e.TicketId}", cancellationToken)) return;
        (await DayAsync(e.EventId, e.OccurredAt, cancellationToken)).CheckIns++;
        var start = AnalyticsCheckInSlot.StartOf(e.OccurredAt);
        (await RowAsync(db.CheckInSlots, [e.EventId, start], () => new AnalyticsCheckInSlot(e.EventId, start), cancellationToken)).CheckIns++;
    }

    private async Task CountAsync(string key, Guid eventId, DateTimeOffset at, Action<AnalyticsEventDay> count, CancellationToken cancellationToken)
    {
        if (await FirstTimeAsync(key, cancellationToken)) count(await DayAsync(eventId, at, cancellationToken));
    }

    private async Task RateAsync(FeedbackSubmittedV1 e, CancellationToken cancellationToken)
    {
        await EventAsync(e.EventId, e.OrganizationId, cancellationToken);
        var feedback = await RowAsync(db.Feedback, [e.FeedbackId],
            () => new AnalyticsFeedback(e.FeedbackId, e.EventId) { Rating = e.Rating, SubmittedAt = e.OccurredAt, RatedAt = e.OccurredAt }, cancellationToken);
        if (e.OccurredAt < feedback.SubmittedAt) feedback.SubmittedAt = e.OccurredAt;
        if (e.OccurredAt <= feedback.RatedAt) return;
        feedback.Rating = e.Rating;
        feedback.RatedAt = e.OccurredAt;
    }

    private async Task TrackAsync(EventTrafficV1 e, CancellationToken cancellationToken)
    {
        if (!await FirstTimeAsync($"hit:{e.HitId}", cancellationToken)) return;
        await EventAsync(e.EventId, null, cancellationToken);
        var day = DayOf(e.OccurredAt);
        var traffic = await RowAsync(db.Traffic, [e.EventId, day], () => new AnalyticsTrafficDay(e.EventId, day), cancellationToken);
        if (e.Kind == TrafficKind.PageView) traffic.PageViews++;
        else traffic.CheckoutsStarted++;
    }

    private async Task<bool> FirstTimeAsync(string key, CancellationToken cancellationToken)
    {
        if (await FindAsync(db.Applied, [key], cancellationToken) is not null) return false;
        db.Applied.Add(new AnalyticsAppliedMessage(key, time.GetUtcNow()));
        return true;
    }

    /// <summary>The event's row, made on its first fact (its organization from the message, or asked of Events).</summary>
    private async Task<AnalyticsEvent> EventAsync(Guid eventId, Guid? organizationId, CancellationToken cancellationToken)
    {
        if (await FindAsync(db.Events, [eventId], cancellationToken) is { } known) return known;
        var organization = organizationId ?? (await events.GetSummaryAsync(eventId, cancellationToken))?.OrganizationId ?? Guid.Empty;
        var row = new AnalyticsEvent(eventId, organization);
        db.Events.Add(row);
        return row;
    }

    private async Task<AnalyticsEventDay> DayAsync(Guid eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = DayOf(at);
        if (await FindAsync(db.Days, [eventId, day], cancellationToken) is { } known) return known;
        await EventAsync(eventId, null, cancellationToken);
        var row = new AnalyticsEventDay(eventId, day);
        db.Days.Add(row);
        return row;
    }

    private Task<AnalyticsTicketTypeSales> TicketTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        RowAsync(db.TicketTypes, [eventId, ticketTypeId], () => new AnalyticsTicketTypeSales(eventId, ticketTypeId), cancellationToken);

    private async Task<T> RowAsync<T>(DbSet<T> set, object[] key, Func<T> create, CancellationToken cancellationToken) where T : class
    {
        if (await FindAsync(set, key, cancellationToken) is { } known) return known;
        var row = create();
        set.Add(row);
        return row;
    }

    private async Task<T?> FindAsync<T>(DbSet<T> set, object[] key, CancellationToken cancellationToken) where T : class =>
        Rebuilding ? set.Local.FindEntryUntyped(key)?.Entity : await set.FindAsync(key, cancellationToken);

    private static IEnumerable<(Guid TypeId, int Quantity, long UnitPrice)> LinesOf(AnalyticsOrder order) =>
        order.Lines.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(':')).Select(p => (Guid.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture)));
}

using EventFly.Domain.Feedback;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Configurations;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

internal sealed class FeedbackService(
    FeedbackData db, FeedbackAccess access, WriteTransactions writes, ITicketHolders holders, IProfileService accounts, IEventService events,
    TimeProvider time) : IFeedbackService
{
    public const int MaxPageSize = 100;

    public async Task<MyFeedback> GetMineAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var summary = await access.HolderAsync(actor, eventId, cancellationToken);
        var window = await access.WindowAsync(summary, cancellationToken);
        var mine = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.EventId == eventId && f.UserId == actor.UserId, cancellationToken);
        return new MyFeedback(ToView(window), mine is null ? null : ToView(mine));
    }

    public async Task<SubmittedFeedback> SubmitAsync(Actor actor, Guid eventId, FeedbackSubmission submission, CancellationToken cancellationToken)
    {
        var summary = await access.HolderAsync(actor, eventId, cancellationToken);
        var window = await access.WindowAsync(summary, cancellationToken);
        var input = new FeedbackInput(submission.Rating, submission.Comment, submission.Aspects?.Content, submission.Aspects?.Venue, submission.Aspects?.Organization);
        for (var attempt = 0; ; attempt++)
        {
            var now = time.GetUtcNow();
            await using var transaction = await writes.BeginAsync(cancellationToken);
            var feedback = await db.Feedback.SingleOrDefaultAsync(f => f.EventId == eventId && f.UserId == actor.UserId, cancellationToken);
            var created = feedback is null;
            if (feedback is null)
            {
                feedback = EventFeedback.Submit(eventId, summary.OrganizationId, actor.UserId, input, window, now);
                db.Add(feedback);
            }
            else
            {
                feedback.Replace(input, window, now);
            }
            db.Add(IntegrationEvents.ToOutbox(new FeedbackSubmittedV1(feedback.Id, eventId, summary.OrganizationId, actor.UserId, feedback.Rating, now)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new SubmittedFeedback(ToView(feedback), created);
            }
            catch (DbUpdateException ex) when (attempt == 0 && ex.IsViolationOf(EventFeedbackConfiguration.OnePerPersonAndEvent))
            {
                // The same person's first submission from another tab got there first: this one replaces it.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<FeedbackSummary> GetSummaryAsync(Actor actor, Guid eventId, FeedbackCommentFilter filter, CancellationToken cancellationToken)
    {
        await access.StaffAsync(actor, eventId, cancellationToken);
        var rows = await db.Feedback.AsNoTracking().Where(f => f.EventId == eventId)
            .Select(f => new { f.UserId, Row = new RatingRow(f.Rating, f.ContentRating, f.VenueRating, f.OrganizationRating) }).ToListAsync(cancellationToken);
        var stats = FeedbackStats.Of([.. rows.Select(r => r.Row)]);

        // Against the people who hold tickets now (a refunded respondent no longer counts), and those of them checked in.
        var respondents = rows.Select(r => r.UserId).ToHashSet();
        var holding = await holders.ListHoldersAsync(eventId, cancellationToken);
        var checkedIn = holding.Where(h => h.CheckedIn).ToList();

        var comments = db.Feedback.AsNoTracking().Where(f => f.EventId == eventId);
        if (filter.Rating is { } rating) comments = comments.Where(f => f.Rating == rating);
        if (filter.HasComment is { } hasComment) comments = comments.Where(f => (f.Comment != null) == hasComment);
        var total = await comments.CountAsync(cancellationToken);
        var (skip, take) = Paging(filter.Page, filter.PageSize);
        var page = await comments.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var names = await NamesAsync(page.Select(f => f.UserId), cancellationToken);

        return new FeedbackSummary(stats.Count, stats.Average, stats.Distribution, new AspectAverages(stats.ContentAverage, stats.VenueAverage, stats.OrganizationAverage),
            holding.Count, checkedIn.Count, Rate(holding.Count(h => respondents.Contains(h.UserId)), holding.Count),
            Rate(checkedIn.Count(h => respondents.Contains(h.UserId)), checkedIn.Count), [.. page.Select(f => ToStaffView(f, names))], total);
    }

    public Task<StaffFeedbackView> ReplyAsync(Actor actor, Guid feedbackId, string body, CancellationToken cancellationToken) =>
        ModerateAsync(actor, feedbackId, (f, now) => f.ReplyWith(actor.UserId, body, now), cancellationToken);

    public Task<StaffFeedbackView> RemoveReplyAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, feedbackId, (f, _) => f.RemoveReply(), cancellationToken);

    public Task<StaffFeedbackView> HideAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, feedbackId, (f, now) => f.Hide(actor.UserId, now), cancellationToken);

    public Task<StaffFeedbackView> UnhideAsync(Actor actor, Guid feedbackId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, feedbackId, (f, _) => f.Unhide(), cancellationToken);

    public async Task<FeedbackSettingsView> GetSettingsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.ManagerAsync(actor, eventId, cancellationToken);
        return await SettingsViewAsync(eventId, cancellationToken);
    }

    public async Task<FeedbackSettingsView> SetSettingsAsync(Actor actor, Guid eventId, FeedbackOpensAt opensAt, CancellationToken cancellationToken)
    {
        await access.ManagerAsync(actor, eventId, cancellationToken);
        var opening = opensAt == FeedbackOpensAt.End ? FeedbackOpening.AtEnd : FeedbackOpening.AtStart;
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            var settings = await db.Settings.SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
            if (settings is null) db.Add(new FeedbackSettings(eventId, opening));
            else settings.Opening = opening;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return await SettingsViewAsync(eventId, cancellationToken);
    }

    public async Task<PublicRating> GetEventRatingAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.ReadAsync(actor, eventId, cancellationToken);
        return await RatingOfAsync([eventId], cancellationToken);
    }

    public async Task<PublicRating> GetOrganizationRatingAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var rated = await db.Feedback.AsNoTracking().Where(f => f.OrganizationId == organizationId).Select(f => f.EventId).Distinct().ToListAsync(cancellationToken);
        var past = new List<Guid>();
        foreach (var eventId in rated)
            if (await events.GetSummaryAsync(eventId, cancellationToken) is { Status: EventState.Ended }) past.Add(eventId);
        return await RatingOfAsync(past, cancellationToken);
    }

    public async Task<Page<PublicFeedbackView>> ListPublicAsync(Actor actor, Guid eventId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await access.ReadAsync(actor, eventId, cancellationToken);
        // EventFeedback.IsPublic, in SQL.
        var visible = db.Feedback.AsNoTracking().Where(f => f.EventId == eventId && f.Comment != null && !f.Hidden);
        var total = await visible.CountAsync(cancellationToken);
        var (skip, take) = Paging(page, pageSize);
        var items = await visible.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var names = await NamesAsync(items.Select(f => f.UserId), cancellationToken);
        return new Page<PublicFeedbackView>(
            [.. items.Select(f => new PublicFeedbackView(f.Id, names.GetValueOrDefault(f.UserId), f.Rating, f.Comment!, f.CreatedAt, f.UpdatedAt, ReplyOf(f)))], total);
    }

    internal static (int Skip, int Take) Paging(int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        return ((Math.Max(page, 1) - 1) * size, size);
    }

    private async Task<PublicRating> RatingOfAsync(List<Guid> eventIds, CancellationToken cancellationToken)
    {
        var ratings = await db.Feedback.AsNoTracking().Where(f => eventIds.Contains(f.EventId)).Select(f => f.Rating).ToListAsync(cancellationToken);
        var stats = FeedbackStats.Of([.. ratings.Select(r => new RatingRow(r))]);
        return new PublicRating(stats.Count, stats.PublicAverage);
    }

    private async Task<FeedbackSettingsView> SettingsViewAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var summary = await access.EventAsync(eventId, cancellationToken);
        var window = await access.WindowAsync(summary, cancellationToken);
        var opening = await access.OpeningAsync(eventId, cancellationToken);
        return new FeedbackSettingsView(eventId, opening == FeedbackOpening.AtEnd ? FeedbackOpensAt.End : FeedbackOpensAt.Start, ToView(window));
    }

    private async Task<StaffFeedbackView> ModerateAsync(Actor actor, Guid feedbackId, Action<EventFeedback, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var feedback = await access.StaffFeedbackAsync(actor, feedbackId, cancellationToken);
        change(feedback, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToStaffView(feedback, await NamesAsync([feedback.UserId], cancellationToken));
    }

    /// <summary>Display names only: nobody sees a participant's e-mail address here.</summary>
    private async Task<IReadOnlyDictionary<Guid, string?>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string?>();
        return (await accounts.GetAccountsAsync(ids, cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName);
    }

    private FeedbackWindowView ToView(FeedbackWindow window) => new(window.OpensAt, window.ClosesAt, window.IsOpen(time.GetUtcNow()));

    private static decimal? Rate(int responded, int of) => of == 0 ? null : Math.Round((decimal)responded / of, 4, MidpointRounding.AwayFromZero);

    private static FeedbackReplyView? ReplyOf(EventFeedback f) => f is { Reply: { } body, RepliedAt: { } at } ? new FeedbackReplyView(body, at) : null;

    private static AspectRatings AspectsOf(EventFeedback f) => new(f.ContentRating, f.VenueRating, f.OrganizationRating);

    private static FeedbackView ToView(EventFeedback f) =>
        new(f.Id, f.EventId, f.Rating, f.Comment, AspectsOf(f), f.CreatedAt, f.UpdatedAt, ReplyOf(f), f.Hidden);

    private static StaffFeedbackView ToStaffView(EventFeedback f, IReadOnlyDictionary<Guid, string?> names) =>
        new(f.Id, f.EventId, f.UserId, names.GetValueOrDefault(f.UserId), f.Rating, f.Comment, AspectsOf(f), f.CreatedAt, f.UpdatedAt, ReplyOf(f), f.Hidden);
}

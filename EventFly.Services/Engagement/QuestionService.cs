using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

internal sealed class QuestionService(
    EngagementData db, EngagementAccess access, EngagementWrites writes, EngagementViews views, LivePush live, TimeProvider time) : IQuestionService
{
    public async Task<QuestionView> AskAsync(Actor actor, Guid eventId, QuestionDraft draft, CancellationToken cancellationToken)
    {
        var writer = await access.WriterAsync(actor, eventId, cancellationToken);
        var moderated = await ModerationOnAsync(eventId, cancellationToken);
        var question = Question.Ask(eventId, writer.UserId, draft.Text, draft.Anonymous, moderated, time.GetUtcNow());
        db.Add(question);
        db.Add(IntegrationEvents.ToOutbox(new QuestionAskedV1(question.Id, eventId, question.AuthorId, question.Anonymous, moderated, question.CreatedAt)));
        await writes.SaveAsync(cancellationToken);
        await PushAsync(question, cancellationToken);
        return await ToViewAsync(question, writer, cancellationToken);
    }

    public async Task<Page<QuestionView>> ListAsync(
        Actor actor, Guid eventId, QuestionSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        var reader = await access.JoinAsync(actor, eventId, cancellationToken);
        var viewer = reader.UserId;
        var questions = db.Questions.AsNoTracking().Where(q => q.EventId == eventId);
        // Question.IsVisibleTo, in SQL.
        if (!reader.IsStaff)
        {
            questions = questions.Where(q => q.Status == QuestionStatus.Visible || q.Status == QuestionStatus.Answered
                || (q.AuthorId == viewer && q.Status == QuestionStatus.Pending));
        }
        var total = await questions.CountAsync(cancellationToken);
        var ordered = sort switch
        {
            QuestionSort.Votes => questions.OrderByDescending(q => q.VoteCount).ThenByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id),
            QuestionSort.Newest => questions.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id),
        };
        var (skip, take) = FeedService.Paging(page, pageSize);
        var list = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<QuestionView>(await ToViewsAsync(list, reader.UserId, reader.IsStaff, cancellationToken), total);
    }

    public async Task<QuestionView> GetAsync(Actor actor, Guid questionId, CancellationToken cancellationToken)
    {
        var (question, reader) = await SeenAsync(actor, questionId, toWrite: false, cancellationToken);
        return await ToViewAsync(question, reader, cancellationToken);
    }

    public async Task<QuestionView> UpvoteAsync(Actor actor, Guid questionId, CancellationToken cancellationToken)
    {
        var (question, writer) = await SeenAsync(actor, questionId, toWrite: true, cancellationToken);
        var already = await db.QuestionVotes.AnyAsync(v => v.QuestionId == questionId && v.UserId == writer.UserId, cancellationToken);
        var vote = question.Upvote(writer.UserId, time.GetUtcNow(), already);

        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            db.Add(vote);
            await writes.SaveOnceAsync(transaction, QuestionVoteConfiguration.Key, EngagementErrors.AlreadyUpvoted, "You already upvoted this question.",
                cancellationToken);
            // The count moves in the transaction of the vote row, by the database, never read-then-written.
            await db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return await ChangedAsync(questionId, writer, cancellationToken);
    }

    public async Task<QuestionView> WithdrawUpvoteAsync(Actor actor, Guid questionId, CancellationToken cancellationToken)
    {
        var (question, writer) = await SeenAsync(actor, questionId, toWrite: true, cancellationToken);
        int removed;
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            removed = await db.QuestionVotes.Where(v => v.QuestionId == questionId && v.UserId == writer.UserId).ExecuteDeleteAsync(cancellationToken);
            if (removed == 1)
                await db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount - 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return removed == 1 ? await ChangedAsync(questionId, writer, cancellationToken) : await ToViewAsync(question, writer, cancellationToken);
    }

    public Task<QuestionView> ApproveAsync(Actor actor, Guid questionId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, questionId, (q, _) => q.Approve(), cancellationToken);

    public Task<QuestionView> MarkAnsweredAsync(Actor actor, Guid questionId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, questionId, (q, now) => q.MarkAnswered(now), cancellationToken);

    public Task<QuestionView> HideAsync(Actor actor, Guid questionId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, questionId, (q, now) => q.Hide(now), cancellationToken);

    public async Task<QaSettingsView> GetSettingsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.JoinAsync(actor, eventId, cancellationToken);
        return new QaSettingsView(eventId, await ModerationOnAsync(eventId, cancellationToken));
    }

    public async Task<QaSettingsView> SetModerationAsync(Actor actor, Guid eventId, bool moderationOn, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (settings is null) db.Add(new EngagementSettings(eventId, moderationOn));
        else settings.QaModerationOn = moderationOn;
        try
        {
            await writes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(EngagementSettingsConfiguration.Key))
        {
            // Another moderator created the row at the same moment: the later word wins.
            db.ChangeTracker.Clear();
            await using var transaction = await writes.BeginAsync(cancellationToken);
            await db.Settings.Where(s => s.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(x => x.QaModerationOn, moderationOn), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new QaSettingsView(eventId, moderationOn);
    }

    private async Task<bool> ModerationOnAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().Where(s => s.EventId == eventId).Select(s => s.QaModerationOn).SingleOrDefaultAsync(cancellationToken);

    private async Task<QuestionView> ModerateAsync(
        Actor actor, Guid questionId, Action<Question, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var question = await QuestionAsync(questionId, tracked: true, cancellationToken);
        var moderator = await access.ModeratorAsync(actor, question.EventId, cancellationToken);
        change(question, time.GetUtcNow());
        await writes.SaveAsync(cancellationToken);
        await PushAsync(question, cancellationToken);
        return await ToViewAsync(question, moderator, cancellationToken);
    }

    /// <summary>After a vote changed its count: the question as stored now, pushed live and returned to its caller.</summary>
    private async Task<QuestionView> ChangedAsync(Guid questionId, EngagementParticipant caller, CancellationToken cancellationToken)
    {
        var question = await QuestionAsync(questionId, tracked: false, cancellationToken);
        await PushAsync(question, cancellationToken);
        return await ToViewAsync(question, caller, cancellationToken);
    }

    public async Task<QuestionView?> GetForBroadcastAsync(Guid questionId, CancellationToken cancellationToken) =>
        await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken) is { } question
            ? (await ToViewsAsync([question], Guid.Empty, isStaff: false, cancellationToken))[0]
            : null;

    private async Task PushAsync(Question question, CancellationToken cancellationToken)
    {
        var neutral = (await ToViewsAsync([question], Guid.Empty, isStaff: false, cancellationToken))[0];
        await live.SendAsync("QuestionChanged", (p, ct) => p.QuestionChangedAsync(question.EventId, neutral, ct));
    }

    private async Task<QuestionView> ToViewAsync(Question question, EngagementParticipant viewer, CancellationToken cancellationToken) =>
        (await ToViewsAsync([question], viewer.UserId, viewer.IsStaff, cancellationToken))[0];

    private async Task<IReadOnlyList<QuestionView>> ToViewsAsync(
        List<Question> questions, Guid viewerId, bool isStaff, CancellationToken cancellationToken)
    {
        if (questions.Count == 0) return [];
        var ids = questions.Select(q => q.Id).ToList();
        var voted = (await db.QuestionVotes.Where(v => ids.Contains(v.QuestionId) && v.UserId == viewerId).Select(v => v.QuestionId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var shown = questions.Select(q => q.AuthorShownTo(viewerId, isStaff)).OfType<Guid>();
        var names = await views.NamesAsync(shown, cancellationToken);
        return [.. questions.Select(View)];

        QuestionView View(Question q)
        {
            var author = q.AuthorShownTo(viewerId, isStaff);
            return new QuestionView(q.Id, q.EventId, q.Body, q.VoteCount, EngagementViews.StateOf(q.Status), q.Anonymous, author,
                author is { } id ? names.GetValueOrDefault(id) : null, q.CreatedAt, q.AnsweredAt, voted.Contains(q.Id), q.AuthorId == viewerId);
        }
    }

    /// <summary>A question its caller may see (404 otherwise), with the caller as a reader or, <paramref name="toWrite"/>, a writer (not muted).</summary>
    private async Task<(Question Question, EngagementParticipant Caller)> SeenAsync(
        Actor actor, Guid questionId, bool toWrite, CancellationToken cancellationToken)
    {
        var question = await QuestionAsync(questionId, tracked: false, cancellationToken);
        var caller = toWrite
            ? await access.WriterAsync(actor, question.EventId, cancellationToken)
            : await access.JoinAsync(actor, question.EventId, cancellationToken);
        return question.IsVisibleTo(caller.UserId, caller.IsStaff) ? (question, caller) : throw UnknownQuestion();
    }

    private async Task<Question> QuestionAsync(Guid questionId, bool tracked, CancellationToken cancellationToken)
    {
        var questions = tracked ? db.Questions : db.Questions.AsNoTracking();
        return await questions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken) ?? throw UnknownQuestion();
    }

    private static NotFoundException UnknownQuestion() => new(EngagementErrors.UnknownQuestion, "That question does not exist.");
}

using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

internal sealed class PollService(EngagementData db, EngagementAccess access, EngagementWrites writes, LivePush live, TimeProvider time) : IPollService
{
    public async Task<PollView> CreateAsync(Actor actor, Guid eventId, PollDraft draft, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var now = time.GetUtcNow();
        var poll = Poll.Create(eventId, draft.Question, draft.Options, draft.AllowMultiple, draft.ClosesAt,
            EngagementViews.VisibilityOf(draft.ResultsVisibility), now);
        if (!draft.SaveAsDraft) poll.Open(now);
        db.Add(poll);
        await writes.SaveAsync(cancellationToken);
        if (poll.Status == PollStatus.Open) await PushAsync(poll);
        return ToView(poll, isStaff: true, myChoice: null, now);
    }

    public Task<PollView> OpenAsync(Actor actor, Guid pollId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, pollId, (poll, now) => poll.Open(now), cancellationToken);

    public Task<PollView> CloseAsync(Actor actor, Guid pollId, CancellationToken cancellationToken) =>
        ModerateAsync(actor, pollId, (poll, now) => poll.Close(now), cancellationToken);

    public async Task<PollView> VoteAsync(Actor actor, Guid pollId, IReadOnlyList<Guid> optionIds, CancellationToken cancellationToken)
    {
        var poll = await PollAsync(pollId, tracked: false, cancellationToken);
        var voter = await access.WriterAsync(actor, poll.EventId, cancellationToken);
        if (poll.Status == PollStatus.Draft && !voter.IsStaff) throw UnknownPoll();
        var now = time.GetUtcNow();
        var already = await db.Ballots.AnyAsync(b => b.PollId == pollId && b.UserId == voter.UserId, cancellationToken);
        var ballot = poll.CastBallot(voter.UserId, optionIds ?? [], now, already);
        var chosen = ballot.OptionIds.ToList();

        // One transaction: the ballot row (its unique index refuses a second one), then the counters, raised by the
        // database and only while the poll is still open (a close that committed in between wins).
        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            db.Add(ballot);
            db.Add(IntegrationEvents.ToOutbox(new PollVotedV1(pollId, poll.EventId, voter.UserId, chosen, now)));
            await writes.SaveOnceAsync(transaction, BallotConfiguration.OnePerUser, EngagementErrors.AlreadyVoted, "You already voted in this poll.",
                cancellationToken);
            var counted = await db.Polls
                .Where(p => p.Id == pollId && p.Status == PollStatus.Open && (p.ClosesAt == null || p.ClosesAt > now))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.BallotCount, p => p.BallotCount + 1), cancellationToken);
            if (counted == 0)
                throw await writes.RefuseAsync(transaction, new DomainException(EngagementErrors.PollClosed, "This poll is closed."), cancellationToken);
            await db.PollOptions.Where(o => o.PollId == pollId && chosen.Contains(o.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Votes, o => o.Votes + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await PushAsync(poll);
        return ToView(await PollAsync(pollId, tracked: false, cancellationToken), voter.IsStaff, chosen, now);
    }

    public async Task<PollView> GetAsync(Actor actor, Guid pollId, CancellationToken cancellationToken)
    {
        var (poll, reader) = await ReadAsync(actor, pollId, cancellationToken);
        return ToView(poll, reader.IsStaff, await MyChoiceAsync(pollId, reader.UserId, cancellationToken), time.GetUtcNow());
    }

    public async Task<PollResults> GetResultsAsync(Actor actor, Guid pollId, CancellationToken cancellationToken)
    {
        var (poll, reader) = await ReadAsync(actor, pollId, cancellationToken);
        return ResultsOf(poll, reader.IsStaff, time.GetUtcNow());
    }

    public async Task<IReadOnlyList<PollView>> ListForEventAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var reader = await access.JoinAsync(actor, eventId, cancellationToken);
        var polls = db.Polls.AsNoTracking().Include(p => p.Options).Where(p => p.EventId == eventId);
        if (!reader.IsStaff) polls = polls.Where(p => p.Status != PollStatus.Draft);
        var list = await polls.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);
        var ids = list.Select(p => p.Id).ToList();
        var mine = await db.Ballots.AsNoTracking().Where(b => ids.Contains(b.PollId) && b.UserId == reader.UserId)
            .ToDictionaryAsync(b => b.PollId, b => b.OptionIds, cancellationToken);
        var now = time.GetUtcNow();
        return [.. list.Select(p => ToView(p, reader.IsStaff, mine.GetValueOrDefault(p.Id), now))];
    }

    public async Task<PollResults?> GetResultsForBroadcastAsync(Guid pollId, bool forStaff, CancellationToken cancellationToken)
    {
        var poll = await db.Polls.AsNoTracking().Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == pollId, cancellationToken);
        return poll is null || (poll.Status == PollStatus.Draft && !forStaff) ? null : ResultsOf(poll, forStaff, time.GetUtcNow());
    }

    /// <summary>Closes one poll past its close time (the job); false when another container closed it first.</summary>
    internal async Task<bool> CloseDueAsync(Guid pollId, CancellationToken cancellationToken)
    {
        var poll = await PollAsync(pollId, tracked: true, cancellationToken);
        var now = time.GetUtcNow();
        if (poll.Status != PollStatus.Open || !poll.IsClosed(now)) return false;
        poll.Close(now);
        try
        {
            await writes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        await PushAsync(poll);
        return true;
    }

    private async Task<PollView> ModerateAsync(Actor actor, Guid pollId, Action<Poll, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var poll = await PollAsync(pollId, tracked: true, cancellationToken);
        await access.ModeratorAsync(actor, poll.EventId, cancellationToken);
        var now = time.GetUtcNow();
        var before = poll.Status;
        change(poll, now);
        await writes.SaveAsync(cancellationToken);
        if (poll.Status != before) await PushAsync(poll);
        return ToView(poll, isStaff: true, await MyChoiceAsync(pollId, actor.UserId, cancellationToken), now);
    }

    private async Task<(Poll Poll, EngagementParticipant Reader)> ReadAsync(Actor actor, Guid pollId, CancellationToken cancellationToken)
    {
        var poll = await PollAsync(pollId, tracked: false, cancellationToken);
        var reader = await access.JoinAsync(actor, poll.EventId, cancellationToken);
        return poll.Status == PollStatus.Draft && !reader.IsStaff ? throw UnknownPoll() : (poll, reader);
    }

    private Task PushAsync(Poll poll) => live.SendAsync("PollChanged", (p, ct) => p.PollChangedAsync(poll.EventId, poll.Id, ct));

    private async Task<IReadOnlyList<Guid>?> MyChoiceAsync(Guid pollId, Guid userId, CancellationToken cancellationToken) =>
        (await db.Ballots.AsNoTracking().SingleOrDefaultAsync(b => b.PollId == pollId && b.UserId == userId, cancellationToken))?.OptionIds;

    private static PollView ToView(Poll poll, bool isStaff, IReadOnlyList<Guid>? myChoice, DateTimeOffset now)
    {
        var visible = poll.ShowsResultsTo(isStaff, now);
        return new PollView(
            poll.Id, poll.EventId, poll.Question, [.. poll.Options.Select(o => new PollOptionView(o.Id, o.Text, visible ? o.Votes : null))], poll.Multiple,
            poll.ClosesAt, EngagementViews.StateOf(poll, now), EngagementViews.VisibilityOf(poll.ResultsVisibility), visible,
            visible ? poll.BallotCount : null, myChoice, poll.CreatedAt);
    }

    private static PollResults ResultsOf(Poll poll, bool isStaff, DateTimeOffset now)
    {
        var visible = poll.ShowsResultsTo(isStaff, now);
        return new PollResults(poll.Id, EngagementViews.StateOf(poll, now), poll.ClosesAt, poll.Multiple, visible, visible ? poll.BallotCount : 0,
            [.. poll.Options.Select(o => new PollOptionResult(o.Id, o.Text, visible ? o.Votes : 0))]);
    }

    private async Task<Poll> PollAsync(Guid pollId, bool tracked, CancellationToken cancellationToken)
    {
        var polls = tracked ? db.Polls : db.Polls.AsNoTracking();
        return await polls.Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == pollId, cancellationToken) ?? throw UnknownPoll();
    }

    private static NotFoundException UnknownPoll() => new(EngagementErrors.UnknownPoll, "That poll does not exist.");
}

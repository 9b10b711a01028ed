using System.Diagnostics;
using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class EngagementPollTests(ITestOutputHelper output) : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task TwoHundredParallelBallots_FromTwoHundredPeople_AreCountedExactly()
    {
        var voters = await _bed.NewHoldersAsync(200);
        var poll = await CreatePollAsync(multiple: true, "Red", "Green", "Blue");
        var (red, green, blue) = (poll.Options[0].Id, poll.Options[1].Id, poll.Options[2].Id);
        IReadOnlyList<Guid> ChoiceOf(int i) => (i % 4) switch
        {
            0 => [red],
            1 => [green],
            2 => [red, blue],
            _ => [red, green, blue],
        };

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(voters.Select((voter, i) => _bed.Polls(p => p.VoteAsync(new Actor(voter), poll.Id, ChoiceOf(i), default))));
        clock.Stop();
        output.WriteLine($"200 parallel ballots: {clock.ElapsedMilliseconds} ms");

        var results = await _bed.Polls(p => p.GetResultsAsync(_bed.Holder, poll.Id, default));
        Assert.Equal(200, results.TotalVotes);
        Assert.Equal([150, 100, 100], results.Options.Select(o => o.Votes));
        Assert.Equal(200, (await _bed.EngagementOutboxAsync()).Count(m => m.Type == "engagement.poll_voted"));
        Assert.Equal(200, _bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync)) - 1);
    }

    [Fact]
    public async Task TheSamePersonVotingTenTimesInParallel_CastsExactlyOneBallot()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[1].Id], default));
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }));

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal(EngagementErrors.AlreadyVoted, o));
        var results = await _bed.Polls(p => p.GetResultsAsync(_bed.Organizer, poll.Id, default));
        Assert.Equal((1, 0, 1), (results.TotalVotes, results.Options[0].Votes, results.Options[1].Votes));
        Assert.Equal([poll.Options[1].Id], (await _bed.Polls(p => p.GetAsync(_bed.Holder, poll.Id, default))).MyChoice);
    }

    [Fact]
    public async Task AClosedPoll_RefusesBallots_AndAnOptionOfAnotherPollIsUnknown()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        var other = await CreatePollAsync(multiple: false, "Tea", "Coffee");

        var foreign = await Assert.ThrowsAsync<NotFoundException>(() => _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [other.Options[0].Id], default)));
        var two = await Assert.ThrowsAsync<DomainException>(() => _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id, poll.Options[1].Id], default)));
        await _bed.Polls(p => p.CloseAsync(_bed.Organizer, poll.Id, default));
        var before = await _bed.FingerprintAsync();
        var closed = await Assert.ThrowsAsync<DomainException>(() => _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id], default)));

        Assert.Equal(EngagementErrors.UnknownOption, foreign.Code);
        Assert.Equal(EngagementErrors.InvalidChoice, two.Code);
        Assert.Equal(EngagementErrors.PollClosed, closed.Code);
        Assert.Equal(before, await _bed.FingerprintAsync());
        Assert.Equal(PollState.Closed, (await _bed.Polls(p => p.CloseAsync(_bed.Organizer, poll.Id, default))).Status);
    }

    [Fact]
    public async Task APollPastItsCloseTime_TakesNoBallot_AndTheJobClosesItOnce()
    {
        var poll = await _bed.Polls(p => p.CreateAsync(_bed.Organizer, _bed.EventId,
            new PollDraft("Quick one", ["A", "B"], false, _bed.Time.Now.AddMinutes(1), PollResultsVisibility.AfterClose), default));
        await _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id], default));
        var hidden = await _bed.Polls(p => p.GetResultsAsync(_bed.Holder, poll.Id, default));
        Assert.Equal((false, 0, 0), (hidden.ResultsVisible, hidden.TotalVotes, hidden.Options[0].Votes));
        Assert.Equal(1, (await _bed.Polls(p => p.GetResultsAsync(_bed.Organizer, poll.Id, default))).TotalVotes);
        var pushesBefore = _bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync));

        _bed.Time.Advance(TimeSpan.FromMinutes(1));

        var late = await Assert.ThrowsAsync<DomainException>(() => _bed.Polls(p => p.VoteAsync(_bed.OtherHolder, poll.Id, [poll.Options[1].Id], default)));
        Assert.Equal(EngagementErrors.PollClosed, late.Code);
        Assert.Equal(1, await _bed.RunTimersAsync());
        Assert.Equal(0, await _bed.RunTimersAsync());
        Assert.Equal(pushesBefore + 1, _bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync)));
        var shown = await _bed.Polls(p => p.GetResultsAsync(_bed.Holder, poll.Id, default));
        Assert.Equal((PollState.Closed, true, 1, 1), (shown.Status, shown.ResultsVisible, shown.TotalVotes, shown.Options[0].Votes));
    }

    [Fact]
    public async Task ADraftPoll_IsOnlyForStaff_UntilOpened()
    {
        var draft = await _bed.Polls(p => p.CreateAsync(_bed.Organizer, _bed.EventId, new PollDraft("Later", ["A", "B"], false, null, SaveAsDraft: true), default));

        Assert.Equal(PollState.Draft, draft.Status);
        Assert.Empty(await _bed.Polls(p => p.ListForEventAsync(_bed.Holder, _bed.EventId, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Polls(p => p.VoteAsync(_bed.Holder, draft.Id, [draft.Options[0].Id], default)));
        Assert.Null(await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IPollService>().GetResultsForBroadcastAsync(draft.Id, false, default)));

        await _bed.Polls(p => p.OpenAsync(_bed.Organizer, draft.Id, default));

        Assert.Equal(PollState.Open, Assert.Single(await _bed.Polls(p => p.ListForEventAsync(_bed.Holder, _bed.EventId, default))).Status);
    }

    [Fact]
    public async Task TheLivePublisher_IsCalledAfterTheBallotCommitted()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        var seen = new List<int>();
        _bed.Live.OnPush = async (kind, payload) =>
        {
            if (kind != nameof(ILiveEngagementPublisher.PollChangedAsync)) return;
            // Another connection (as the hub reads): it sees only committed rows.
            var results = await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IPollService>().GetResultsForBroadcastAsync((Guid)payload!, true, default));
            seen.Add(results!.TotalVotes);
        };

        await _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id], default));
        await _bed.Polls(p => p.VoteAsync(_bed.OtherHolder, poll.Id, [poll.Options[0].Id], default));

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task ASecondBallotRow_IsRecognisedByItsUniqueIndexName_AndByNoOtherName()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        await _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id], default));

        var names = await _bed.Services.InScopeAsync(async sp =>
        {
            // Past the service's own check, as a racing request would be: only the index stops it.
            var db = sp.GetRequiredService<EngagementData>();
            var stored = await db.Polls.Include(p => p.Options).SingleAsync(p => p.Id == poll.Id);
            db.Add(stored.CastBallot(_bed.HolderId, [poll.Options[1].Id], _bed.Time.Now));
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(default));
            return (refused.IsViolationOf(db, BallotConfiguration.OnePerUser), refused.IsViolationOf(db, QuizAnswerConfiguration.OnePerUser),
                refused.IsViolationOf(db, ReactionConfiguration.Key));
        });

        Assert.Equal((true, false, false), names);
    }

    private Task<PollView> CreatePollAsync(bool multiple, params string[] options) =>
        _bed.Polls(p => p.CreateAsync(_bed.Organizer, _bed.EventId, new PollDraft("Which?", options, multiple, null), default));
}

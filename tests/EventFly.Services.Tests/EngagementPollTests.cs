using System.Diagnostics;
using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class EngagementPollTests(ITestOutputHelper output) : EngagementServiceTests
{
    [Fact]
    public async Task TwoHundredParallelBallots_FromTwoHundredPeople_AreCountedExactly()
    {
        var voters = await Bed.NewHoldersAsync(200);
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
        await Task.WhenAll(voters.Select((voter, i) => Bed.Polls(p => p.VoteAsync(new Actor(voter), poll.Id, ChoiceOf(i), default))));
        clock.Stop();
        output.WriteLine($"200 parallel ballots: {clock.ElapsedMilliseconds} ms");

        var results = await Bed.Polls(p => p.GetResultsAsync(Bed.Holder, poll.Id, default));
        Assert.Equal(200, results.TotalVotes);
        Assert.Equal([150, 100, 100], results.Options.Select(o => o.Votes));
        Assert.Equal(200, (await Bed.EngagementOutboxAsync()).Count(m => m.Type == "engagement.poll_voted"));
        Assert.Equal(200, Bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync)) - 1);
    }

    [Fact]
    public async Task TheSamePersonVotingTenTimesInParallel_CastsExactlyOneBallot()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[1].Id], default));
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }));

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal(EngagementErrors.AlreadyVoted, o));
        var results = await Bed.Polls(p => p.GetResultsAsync(Bed.Organizer, poll.Id, default));
        Assert.Equal((1, 0, 1), (results.TotalVotes, results.Options[0].Votes, results.Options[1].Votes));
        Assert.Equal([poll.Options[1].Id], (await Bed.Polls(p => p.GetAsync(Bed.Holder, poll.Id, default))).MyChoice);
    }

    [Fact]
    public async Task AClosedPoll_RefusesBallots_AndAnOptionOfAnotherPollIsUnknown()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        var other = await CreatePollAsync(multiple: false, "Tea", "Coffee");

        var foreign = await Assert.ThrowsAsync<NotFoundException>(() => Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [other.Options[0].Id], default)));
        var two = await Assert.ThrowsAsync<DomainException>(() => Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id, poll.Options[1].Id], default)));
        await Bed.Polls(p => p.CloseAsync(Bed.Organizer, poll.Id, default));
        var before = await Bed.FingerprintAsync();
        var closed = await Assert.ThrowsAsync<DomainException>(() => Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id], default)));

        Assert.Equal(EngagementErrors.UnknownOption, foreign.Code);
        Assert.Equal(EngagementErrors.InvalidChoice, two.Code);
        Assert.Equal(EngagementErrors.PollClosed, closed.Code);
        Assert.Equal(before, await Bed.FingerprintAsync());
        Assert.Equal(PollState.Closed, (await Bed.Polls(p => p.CloseAsync(Bed.Organizer, poll.Id, default))).Status);
    }

    [Fact]
    public async Task APollPastItsCloseTime_TakesNoBallot_AndTheJobClosesItOnce()
    {
        var poll = await Bed.Polls(p => p.CreateAsync(Bed.Organizer, Bed.EventId,
            new PollDraft("Quick one", ["A", "B"], false, Bed.Time.Now.AddMinutes(1), PollResultsVisibility.AfterClose), default));
        await Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id], default));
        var hidden = await Bed.Polls(p => p.GetResultsAsync(Bed.Holder, poll.Id, default));
        Assert.Equal((false, 0, 0), (hidden.ResultsVisible, hidden.TotalVotes, hidden.Options[0].Votes));
        Assert.Equal(1, (await Bed.Polls(p => p.GetResultsAsync(Bed.Organizer, poll.Id, default))).TotalVotes);
        var pushesBefore = Bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync));

        Bed.Time.Advance(TimeSpan.FromMinutes(1));

        var late = await Assert.ThrowsAsync<DomainException>(() => Bed.Polls(p => p.VoteAsync(Bed.OtherHolder, poll.Id, [poll.Options[1].Id], default)));
        Assert.Equal(EngagementErrors.PollClosed, late.Code);
        Assert.Equal(1, await Bed.RunTimersAsync());
        Assert.Equal(0, await Bed.RunTimersAsync());
        Assert.Equal(pushesBefore + 1, Bed.Live.Count(nameof(ILiveEngagementPublisher.PollChangedAsync)));
        var shown = await Bed.Polls(p => p.GetResultsAsync(Bed.Holder, poll.Id, default));
        Assert.Equal((PollState.Closed, true, 1, 1), (shown.Status, shown.ResultsVisible, shown.TotalVotes, shown.Options[0].Votes));
    }

    [Fact]
    public async Task ADraftPoll_IsOnlyForStaff_UntilOpened()
    {
        var draft = await Bed.Polls(p => p.CreateAsync(Bed.Organizer, Bed.EventId, new PollDraft("Later", ["A", "B"], false, null, SaveAsDraft: true), default));

        Assert.Equal(PollState.Draft, draft.Status);
        Assert.Empty(await Bed.Polls(p => p.ListForEventAsync(Bed.Holder, Bed.EventId, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Polls(p => p.VoteAsync(Bed.Holder, draft.Id, [draft.Options[0].Id], default)));
        Assert.Null(await Bed.Services.InScopeAsync(sp => sp.GetRequiredService<IPollService>().GetResultsForBroadcastAsync(draft.Id, false, default)));

        await Bed.Polls(p => p.OpenAsync(Bed.Organizer, draft.Id, default));

        Assert.Equal(PollState.Open, Assert.Single(await Bed.Polls(p => p.ListForEventAsync(Bed.Holder, Bed.EventId, default))).Status);
    }

    [Fact]
    public async Task TheLivePublisher_IsCalledAfterTheBallotCommitted()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        var seen = new List<int>();
        Bed.Live.OnPush = async (kind, payload) =>
        {
            if (kind != nameof(ILiveEngagementPublisher.PollChangedAsync)) return;
            // Another connection (as the hub reads): it sees only committed rows.
            var results = await Bed.Services.InScopeAsync(sp => sp.GetRequiredService<IPollService>().GetResultsForBroadcastAsync((Guid)payload!, true, default));
            seen.Add(results!.TotalVotes);
        };

        await Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id], default));
        await Bed.Polls(p => p.VoteAsync(Bed.OtherHolder, poll.Id, [poll.Options[0].Id], default));

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task ASecondBallotRow_IsRecognisedByItsUniqueIndexName_AndByNoOtherName()
    {
        var poll = await CreatePollAsync(multiple: false, "Yes", "No");
        await Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id], default));

        var names = await Bed.Services.InScopeAsync(async sp =>
        {
            // Past the service's own check, as a racing request would be: only the index stops it.
            var db = sp.GetRequiredService<EngagementData>();
            var stored = await db.Polls.Include(p => p.Options).SingleAsync(p => p.Id == poll.Id);
            db.Add(stored.CastBallot(Bed.HolderId, [poll.Options[1].Id], Bed.Time.Now));
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(default));
            return (refused.IsViolationOf(BallotConfiguration.OnePerUser), refused.IsViolationOf(QuizAnswerConfiguration.OnePerUser),
                refused.IsViolationOf(ReactionConfiguration.Key));
        });

        Assert.Equal((true, false, false), names);
    }

    private Task<PollView> CreatePollAsync(bool multiple, params string[] options) =>
        Bed.Polls(p => p.CreateAsync(Bed.Organizer, Bed.EventId, new PollDraft("Which?", options, multiple, null), default));
}

using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

public sealed partial class EngagementTests
{
    private static Poll NewPoll(bool multiple = false, DateTimeOffset? closesAt = null, ResultsVisibility results = ResultsVisibility.Live) =>
        Poll.Create(EventId, " Best talk? ", [" Keynote ", "Workshop", "Panel"], multiple, closesAt, results, Now);

    private static Poll OpenPoll(bool multiple = false, DateTimeOffset? closesAt = null, ResultsVisibility results = ResultsVisibility.Live)
    {
        var poll = NewPoll(multiple, closesAt, results);
        poll.Open(Now);
        return poll;
    }

    private static (PollStatus, DateTimeOffset?, DateTimeOffset?, int) StateOf(Poll p) => (p.Status, p.OpenedAt, p.ClosedAt, p.BallotCount);

    [Fact]
    public void CreatePoll_IsADraftWithTrimmedTextsAndOptionsInOrder()
    {
        var poll = NewPoll();

        Assert.Equal((PollStatus.Draft, "Best talk?", 0), (poll.Status, poll.Question, poll.BallotCount));
        Assert.Equal(["Keynote", "Workshop", "Panel"], poll.Options.Select(o => o.Text));
        Assert.Equal([0, 1, 2], poll.Options.Select(o => o.Position));
        Assert.All(poll.Options, o => Assert.Equal((poll.Id, 0), (o.PollId, o.Votes)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void CreatePoll_WithFewerThanTwoOrMoreThanTenOptions_IsRefusedWithInvalidOptionCount(int count) =>
        Assert.Equal(EngagementErrors.InvalidOptionCount, Refused(() =>
            Poll.Create(EventId, "Q", [.. Enumerable.Range(1, count).Select(i => $"Option {i}")], false, null, ResultsVisibility.Live, Now)));

    [Fact]
    public void CreatePoll_WithTenOptions_IsAccepted() =>
        Assert.Equal(10, Poll.Create(EventId, "Q", [.. Enumerable.Range(1, 10).Select(i => $"{i}")], false, null, ResultsVisibility.Live, Now).Options.Count);

    [Fact]
    public void CreatePoll_WithTheSameOptionTwiceInAnyCase_IsRefusedWithDuplicateOption() =>
        Assert.Equal(EngagementErrors.DuplicateOption, Refused(() => Poll.Create(EventId, "Q", ["Yes", " yes "], false, null, ResultsVisibility.Live, Now)));

    [Fact]
    public void CreatePoll_WithBlankOrOverlongTexts_IsRefused()
    {
        Assert.Equal(EngagementErrors.TextRequired, Refused(() => Poll.Create(EventId, " ", ["a", "b"], false, null, ResultsVisibility.Live, Now)));
        Assert.Equal(EngagementErrors.TextRequired, Refused(() => Poll.Create(EventId, "Q", ["a", ""], false, null, ResultsVisibility.Live, Now)));
        Assert.Equal(EngagementErrors.TextTooLong,
            Refused(() => Poll.Create(EventId, new string('q', 501), ["a", "b"], false, null, ResultsVisibility.Live, Now)));
        Assert.Equal(EngagementErrors.TextTooLong,
            Refused(() => Poll.Create(EventId, "Q", ["a", new string('b', 201)], false, null, ResultsVisibility.Live, Now)));
    }

    [Fact]
    public void CreatePoll_ClosingNowOrBefore_IsRefusedWithClosesAtInPast() =>
        Assert.Equal(EngagementErrors.ClosesAtInPast, Refused(() => NewPoll(closesAt: Now)));

    [Fact]
    public void OpenPoll_StampsTheTime_AndOpeningAgainChangesNothing()
    {
        var poll = OpenPoll();

        poll.Open(Now.AddMinutes(5));

        Assert.Equal((PollStatus.Open, (DateTimeOffset?)Now), (poll.Status, poll.OpenedAt));
        Assert.True(poll.IsOpen(Now));
    }

    [Fact]
    public void OpenPoll_PastItsCloseTime_IsRefusedWithClosesAtInPast_AndStaysADraft()
    {
        var poll = NewPoll(closesAt: Now.AddMinutes(10));
        var before = StateOf(poll);

        Assert.Equal(EngagementErrors.ClosesAtInPast, Refused(() => poll.Open(Now.AddMinutes(10))));
        Assert.Equal(before, StateOf(poll));
    }

    [Fact]
    public void OpenPoll_OnceClosed_IsRefusedWithPollClosed_AndStaysClosed()
    {
        var poll = OpenPoll();
        poll.Close(Now.AddMinutes(1));
        var before = StateOf(poll);

        Assert.Equal(EngagementErrors.PollClosed, Refused(() => poll.Open(Now.AddMinutes(2))));
        Assert.Equal(before, StateOf(poll));
    }

    [Fact]
    public void ClosePoll_ByHand_StampsTheTime_AndClosingAgainChangesNothing()
    {
        var poll = OpenPoll();

        poll.Close(Now.AddMinutes(1));
        poll.Close(Now.AddMinutes(2));

        Assert.Equal((PollStatus.Closed, (DateTimeOffset?)Now.AddMinutes(1)), (poll.Status, poll.ClosedAt));
        Assert.False(poll.IsOpen(Now.AddMinutes(1)));
    }

    [Fact]
    public void ClosePoll_AfterItsCloseTime_RecordsTheCloseTime()
    {
        var poll = OpenPoll(closesAt: Now.AddMinutes(10));

        poll.Close(Now.AddMinutes(12));

        Assert.Equal(Now.AddMinutes(10), poll.ClosedAt);
    }

    [Fact]
    public void ClosePoll_ADraft_IsRefusedWithPollNotOpen_AndStaysADraft()
    {
        var poll = NewPoll();

        Assert.Equal(EngagementErrors.PollNotOpen, Refused(() => poll.Close(Now)));
        Assert.Equal(PollStatus.Draft, poll.Status);
    }

    [Fact]
    public void IsOpen_HonoursTheCloseTime_BeforeAnyJobClosesThePoll()
    {
        var poll = OpenPoll(closesAt: Now.AddMinutes(10));

        Assert.Equal((true, false), (poll.IsOpen(Now.AddMinutes(9)), poll.IsClosed(Now.AddMinutes(9))));
        Assert.Equal((false, true), (poll.IsOpen(Now.AddMinutes(10)), poll.IsClosed(Now.AddMinutes(10))));
        Assert.Equal(PollStatus.Open, poll.Status);
    }

    [Fact]
    public void CastBallot_SingleChoice_WithOneOption_GivesTheBallot_AndLeavesTheCountsToTheDatabase()
    {
        var poll = OpenPoll();
        var option = poll.Options[1].Id;

        var ballot = poll.CastBallot(Attendee, [option], Now.AddMinutes(1));

        Assert.Equal((poll.Id, Attendee, Now.AddMinutes(1)), (ballot.PollId, ballot.UserId, ballot.CastAt));
        Assert.Equal([option], ballot.OptionIds);
        Assert.Equal(0, poll.BallotCount);
        Assert.All(poll.Options, o => Assert.Equal(0, o.Votes));
    }

    [Fact]
    public void CastBallot_OnClosedPoll_IsRefusedWithPollClosed()
    {
        var poll = OpenPoll();
        poll.Close(Now.AddMinutes(1));
        var before = StateOf(poll);

        Assert.Equal(EngagementErrors.PollClosed, Refused(() => poll.CastBallot(Attendee, [poll.Options[0].Id], Now.AddMinutes(2))));
        Assert.Equal(before, StateOf(poll));
    }

    [Fact]
    public void CastBallot_AtOrAfterTheCloseTime_IsRefusedWithPollClosed()
    {
        var poll = OpenPoll(closesAt: Now.AddMinutes(10));

        Assert.Equal(EngagementErrors.PollClosed, Refused(() => poll.CastBallot(Attendee, [poll.Options[0].Id], Now.AddMinutes(10))));
        Assert.Equal(PollStatus.Open, poll.Status);
    }

    [Fact]
    public void CastBallot_OnADraft_IsRefusedWithPollNotOpen()
    {
        var poll = NewPoll();

        Assert.Equal(EngagementErrors.PollNotOpen, Refused(() => poll.CastBallot(Attendee, [poll.Options[0].Id], Now)));
    }

    [Fact]
    public void CastBallot_ASecondTime_WhenTheFirstIsKnown_IsRefusedWithAlreadyVoted()
    {
        var poll = OpenPoll();

        Assert.Equal(EngagementErrors.AlreadyVoted, Refused(() => poll.CastBallot(Attendee, [poll.Options[0].Id], Now, alreadyVoted: true)));
    }

    [Fact]
    public void CastBallot_WithAnOptionOfAnotherPoll_IsRefusedAsUnknownOption()
    {
        var poll = OpenPoll();
        var other = OpenPoll();

        Assert.Equal(EngagementErrors.UnknownOption, NotFound(() => poll.CastBallot(Attendee, [other.Options[0].Id], Now)));
        Assert.Equal(EngagementErrors.UnknownOption, NotFound(() => poll.CastBallot(Attendee, [poll.Options[0].Id, Guid.NewGuid()], Now)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void CastBallot_SingleChoice_WithOtherThanOneOption_IsRefusedWithInvalidChoice(int count)
    {
        var poll = OpenPoll();

        Assert.Equal(EngagementErrors.InvalidChoice, Refused(() => poll.CastBallot(Attendee, [.. poll.Options.Take(count).Select(o => o.Id)], Now)));
    }

    [Fact]
    public void CastBallot_MultipleChoice_TakesSeveralDistinctOptions_InThePollsOrder()
    {
        var poll = OpenPoll(multiple: true);
        var options = poll.Options.Select(o => o.Id).ToList();

        var ballot = poll.CastBallot(Attendee, [options[2], options[0]], Now);

        Assert.Equal([options[0], options[2]], ballot.OptionIds);
        Assert.Single(poll.CastBallot(Guid.NewGuid(), [options[1]], Now).OptionIds);
    }

    [Fact]
    public void CastBallot_MultipleChoice_WithNoneOrARepeatedOption_IsRefusedWithInvalidChoice()
    {
        var poll = OpenPoll(multiple: true);
        var option = poll.Options[0].Id;

        Assert.Equal(EngagementErrors.InvalidChoice, Refused(() => poll.CastBallot(Attendee, [], Now)));
        Assert.Equal(EngagementErrors.InvalidChoice, Refused(() => poll.CastBallot(Attendee, [option, option], Now)));
    }

    [Theory]
    [InlineData(ResultsVisibility.Live, false, false, true)]
    [InlineData(ResultsVisibility.Live, true, false, true)]
    [InlineData(ResultsVisibility.AfterClose, false, false, false)]
    [InlineData(ResultsVisibility.AfterClose, true, false, true)]
    [InlineData(ResultsVisibility.AfterClose, false, true, true)]
    [InlineData(ResultsVisibility.Live, false, true, true)]
    public void ShowsResultsTo_StaffAlways_TheAudienceLiveOrOnceClosed(ResultsVisibility visibility, bool isStaff, bool closed, bool expected)
    {
        var poll = OpenPoll(results: visibility);
        if (closed) poll.Close(Now.AddMinutes(1));

        Assert.Equal(expected, poll.ShowsResultsTo(isStaff, Now.AddMinutes(2)));
    }

    [Fact]
    public void ShowsResultsTo_AfterClose_OpensToTheAudienceAtTheCloseTime_AndADraftOnlyToStaff()
    {
        var poll = OpenPoll(closesAt: Now.AddMinutes(10), results: ResultsVisibility.AfterClose);
        var draft = NewPoll();

        Assert.Equal((false, true), (poll.ShowsResultsTo(false, Now.AddMinutes(9)), poll.ShowsResultsTo(false, Now.AddMinutes(10))));
        Assert.Equal((false, true), (draft.ShowsResultsTo(false, Now), draft.ShowsResultsTo(true, Now)));
    }
}

using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

public sealed partial class EngagementTests
{
    private static Question Asked(bool moderationOn = false, bool anonymous = false) =>
        Question.Ask(EventId, Attendee, "  Will the slides be shared?  ", anonymous, moderationOn, Now);

    private static (QuestionStatus, DateTimeOffset?, DateTimeOffset?, int) StateOf(Question q) => (q.Status, q.AnsweredAt, q.HiddenAt, q.VoteCount);

    [Theory]
    [InlineData(true, QuestionStatus.Pending)]
    [InlineData(false, QuestionStatus.Visible)]
    public void Ask_StartsPendingOnlyWhenTheEventModeratesQuestions(bool moderationOn, QuestionStatus expected)
    {
        var question = Asked(moderationOn);

        Assert.Equal(expected, question.Status);
        Assert.Equal(("Will the slides be shared?", Attendee, 0, Now), (question.Body, question.AuthorId, question.VoteCount, question.CreatedAt));
    }

    [Fact]
    public void Ask_BlankOrOverTwoThousandCharacters_IsRefused()
    {
        Assert.Equal(EngagementErrors.BodyRequired, Refused(() => Question.Ask(EventId, Attendee, " ", false, false, Now)));
        Assert.Equal(EngagementErrors.BodyTooLong, Refused(() => Question.Ask(EventId, Attendee, new string('?', 2_001), false, false, Now)));
        Assert.Equal(2_000, Question.Ask(EventId, Attendee, new string('?', 2_000), false, false, Now).Body.Length);
    }

    [Fact]
    public void Approve_MakesAPendingQuestionVisible()
    {
        var question = Asked(moderationOn: true);

        question.Approve();

        Assert.Equal(QuestionStatus.Visible, question.Status);
    }

    [Fact]
    public void Approve_OnAVisibleOrAnsweredQuestion_ChangesNothing()
    {
        var visible = Asked();
        var answered = Asked();
        answered.MarkAnswered(Now.AddMinutes(1));

        visible.Approve();
        answered.Approve();

        Assert.Equal(QuestionStatus.Visible, visible.Status);
        Assert.Equal((QuestionStatus.Answered, (DateTimeOffset?)Now.AddMinutes(1)), (answered.Status, answered.AnsweredAt));
    }

    [Fact]
    public void Approve_OnAHiddenQuestion_UndoesTheHide_AnAnsweredOneComesBackAnswered()
    {
        var wasPending = Asked(moderationOn: true);
        var wasAnswered = Asked();
        wasAnswered.MarkAnswered(Now.AddMinutes(1));
        wasPending.Hide(Now.AddMinutes(2));
        wasAnswered.Hide(Now.AddMinutes(2));

        wasPending.Approve();
        wasAnswered.Approve();

        Assert.Equal((QuestionStatus.Visible, (DateTimeOffset?)null), (wasPending.Status, wasPending.HiddenAt));
        Assert.Equal((QuestionStatus.Answered, (DateTimeOffset?)null), (wasAnswered.Status, wasAnswered.HiddenAt));
    }

    [Fact]
    public void MarkAnswered_OnAVisibleQuestion_StampsTheTime_AndTwiceKeepsTheFirst()
    {
        var question = Asked();

        question.MarkAnswered(Now.AddMinutes(1));
        question.MarkAnswered(Now.AddMinutes(2));

        Assert.Equal((QuestionStatus.Answered, (DateTimeOffset?)Now.AddMinutes(1)), (question.Status, question.AnsweredAt));
    }

    [Fact]
    public void MarkAnswered_OnAPendingQuestion_IsRefusedWithQuestionNotVisible_AndLeavesItPending()
    {
        var question = Asked(moderationOn: true);
        var before = StateOf(question);

        Assert.Equal(EngagementErrors.QuestionNotVisible, Refused(() => question.MarkAnswered(Now)));
        Assert.Equal(before, StateOf(question));
    }

    [Fact]
    public void MarkAnswered_OnAHiddenQuestion_IsRefusedWithQuestionNotVisible_AndLeavesItHidden()
    {
        var question = Asked();
        question.Hide(Now);
        var before = StateOf(question);

        Assert.Equal(EngagementErrors.QuestionNotVisible, Refused(() => question.MarkAnswered(Now)));
        Assert.Equal(before, StateOf(question));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Hide_WorksFromAnyState_AndTwiceKeepsTheFirstTime(bool moderationOn)
    {
        var question = Asked(moderationOn);

        question.Hide(Now.AddMinutes(1));
        question.Hide(Now.AddMinutes(2));

        Assert.Equal((QuestionStatus.Hidden, (DateTimeOffset?)Now.AddMinutes(1)), (question.Status, question.HiddenAt));
    }

    [Fact]
    public void Upvote_OnAVisibleOrAnsweredQuestion_GivesAVoteOfThatUser()
    {
        var voter = Guid.NewGuid();
        var visible = Asked();
        var answered = Asked();
        answered.MarkAnswered(Now);

        var vote = visible.Upvote(voter, Now.AddMinutes(1));
        answered.Upvote(voter, Now.AddMinutes(1));

        Assert.Equal((visible.Id, voter, Now.AddMinutes(1)), (vote.QuestionId, vote.UserId, vote.At));
        Assert.Equal(0, visible.VoteCount);
    }

    [Fact]
    public void Upvote_OnAPendingOrHiddenQuestion_IsRefusedWithQuestionNotVisible()
    {
        var pending = Asked(moderationOn: true);
        var hidden = Asked();
        hidden.Hide(Now);

        Assert.Equal(EngagementErrors.QuestionNotVisible, Refused(() => pending.Upvote(Guid.NewGuid(), Now)));
        Assert.Equal(EngagementErrors.QuestionNotVisible, Refused(() => hidden.Upvote(Guid.NewGuid(), Now)));
        Assert.Equal((QuestionStatus.Pending, QuestionStatus.Hidden), (pending.Status, hidden.Status));
    }

    [Fact]
    public void Upvote_YourOwnQuestion_IsRefusedWithCannotUpvoteOwnQuestion() =>
        Assert.Equal(EngagementErrors.CannotUpvoteOwnQuestion, Refused(() => Asked().Upvote(Attendee, Now)));

    [Fact]
    public void Upvote_Twice_WhenTheVoteIsKnown_IsRefusedWithAlreadyUpvoted() =>
        Assert.Equal(EngagementErrors.AlreadyUpvoted, Refused(() => Asked().Upvote(Guid.NewGuid(), Now, alreadyUpvoted: true)));

    [Fact]
    public void AnonymousQuestion_HidesItsAuthorFromTheAudience_NotFromStaffOrTheAuthor()
    {
        var anonymous = Asked(anonymous: true);
        var named = Asked();
        var someone = Guid.NewGuid();

        Assert.Null(anonymous.AuthorShownTo(someone, isStaff: false));
        Assert.Equal(Attendee, anonymous.AuthorShownTo(someone, isStaff: true));
        Assert.Equal(Attendee, anonymous.AuthorShownTo(Attendee, isStaff: false));
        Assert.Equal(Attendee, named.AuthorShownTo(someone, isStaff: false));
    }

    [Fact]
    public void QuestionVisibility_PendingShowsToStaffAndItsAuthor_HiddenToStaffOnly()
    {
        var someone = Guid.NewGuid();
        var question = Asked(moderationOn: true);
        Assert.Equal((false, true, true), (question.IsVisibleTo(someone, false), question.IsVisibleTo(Attendee, false), question.IsVisibleTo(someone, true)));

        question.Approve();
        Assert.True(question.IsVisibleTo(someone, false));

        question.Hide(Now);
        Assert.Equal((false, false, true), (question.IsVisibleTo(someone, false), question.IsVisibleTo(Attendee, false), question.IsVisibleTo(someone, true)));
    }
}

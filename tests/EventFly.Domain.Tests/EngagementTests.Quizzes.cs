using EventFly.Domain.Common;
using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

public sealed partial class EngagementTests
{
    private static QuizQuestionSpec Spec(int correct = 1, int seconds = 20, int options = 4, string text = "Capital of France?") =>
        new(text, [.. Enumerable.Range(0, options).Select(i => $"Option {i}")], correct, seconds);

    private static Quiz NewQuiz(int questions = 3, int seconds = 20) =>
        Quiz.Create(EventId, " Pub quiz ", [.. Enumerable.Range(0, questions).Select(i => Spec(correct: i % 4, seconds: seconds, text: $"Q{i}"))], Now);

    private static Quiz RunningQuiz(int questions = 3, int seconds = 20)
    {
        var quiz = NewQuiz(questions, seconds);
        quiz.Start(Now);
        quiz.OpenNextQuestion(Now);
        return quiz;
    }

    private static (QuizStatus, int?, DateTimeOffset?, QuizQuestionState?, DateTimeOffset?, string, int) StateOf(Quiz q) =>
        (q.Status, q.CurrentQuestionIndex, q.QuestionOpenedAt, q.QuestionState, q.FinishedAt, q.Title, q.Questions.Count);

    [Fact]
    public void CreateQuiz_IsADraftWithQuestionsAndOptionsInOrder()
    {
        var quiz = NewQuiz();

        Assert.Equal((QuizStatus.Draft, "Pub quiz", (int?)null, (QuizQuestionState?)null), (quiz.Status, quiz.Title, quiz.CurrentQuestionIndex, quiz.QuestionState));
        Assert.Equal(["Q0", "Q1", "Q2"], quiz.Questions.Select(q => q.Text));
        Assert.Equal([0, 1, 2], quiz.Questions.Select(q => q.Position));
        var second = quiz.Questions[1];
        Assert.Equal((quiz.Id, 1, TimeSpan.FromSeconds(20)), (second.QuizId, second.CorrectOption, second.TimeLimit));
        Assert.Equal([0, 1, 2, 3], second.Options.Select(o => o.Position));
        Assert.Equal(second.Options[1].Id, second.CorrectOptionId);
        Assert.Equal(2, second.IndexOf(second.Options[2].Id));
    }

    [Fact]
    public void QuizQuestion_IndexOfAnotherQuestionsOption_IsRefusedAsUnknownOption()
    {
        var quiz = NewQuiz();

        Assert.Equal(EngagementErrors.UnknownOption, NotFound(() => quiz.Questions[0].IndexOf(quiz.Questions[1].Options[0].Id)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void CreateQuiz_WithNoneOrMoreThanFiftyQuestions_IsRefusedWithInvalidQuestionCount(int count) =>
        Assert.Equal(EngagementErrors.InvalidQuestionCount, Refused(() => NewQuiz(count)));

    [Fact]
    public void CreateQuiz_WithFiftyQuestions_IsAccepted() => Assert.Equal(50, NewQuiz(50).Questions.Count);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void CreateQuiz_WithAQuestionOfFewerThanTwoOrMoreThanSixOptions_IsRefusedWithInvalidOptionCount(int options) =>
        Assert.Equal(EngagementErrors.InvalidOptionCount, Refused(() => Quiz.Create(EventId, "Q", [Spec(correct: 0, options: options)], Now)));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void CreateQuiz_WithTheCorrectOptionOutOfRange_IsRefusedWithInvalidCorrectOption(int correct) =>
        Assert.Equal(EngagementErrors.InvalidCorrectOption, Refused(() => Quiz.Create(EventId, "Q", [Spec(correct: correct)], Now)));

    [Theory]
    [InlineData(4)]
    [InlineData(121)]
    [InlineData(0)]
    public void CreateQuiz_WithATimeLimitOutsideFiveToOneHundredTwentySeconds_IsRefusedWithInvalidTimeLimit(int seconds) =>
        Assert.Equal(EngagementErrors.InvalidTimeLimit, Refused(() => Quiz.Create(EventId, "Q", [Spec(seconds: seconds)], Now)));

    [Theory]
    [InlineData(5)]
    [InlineData(120)]
    public void CreateQuiz_WithTheTimeLimitAtItsBounds_IsAccepted(int seconds) =>
        Assert.Equal(seconds, Quiz.Create(EventId, "Q", [Spec(seconds: seconds)], Now).Questions[0].TimeLimitSeconds);

    [Fact]
    public void CreateQuiz_WithBlankTitleQuestionOrOption_OrRepeatedOptions_IsRefused()
    {
        Assert.Equal(EngagementErrors.TextRequired, Refused(() => Quiz.Create(EventId, " ", [Spec()], Now)));
        Assert.Equal(EngagementErrors.TextTooLong, Refused(() => Quiz.Create(EventId, new string('t', 151), [Spec()], Now)));
        Assert.Equal(EngagementErrors.TextRequired, Refused(() => Quiz.Create(EventId, "Q", [Spec(text: "")], Now)));
        Assert.Equal(EngagementErrors.TextRequired, Refused(() => Quiz.Create(EventId, "Q", [new QuizQuestionSpec("Q", ["a", " "], 0, 10)], Now)));
        Assert.Equal(EngagementErrors.DuplicateOption, Refused(() => Quiz.Create(EventId, "Q", [new QuizQuestionSpec("Q", ["a", "A"], 0, 10)], Now)));
    }

    [Fact]
    public void EditQuiz_AsADraft_ReplacesTitleAndQuestions()
    {
        var quiz = NewQuiz();

        quiz.Edit("Finals", [Spec(correct: 0, text: "Only")], Now.AddMinutes(1));

        Assert.Equal("Finals", quiz.Title);
        Assert.Equal(["Only"], quiz.Questions.Select(q => q.Text));
    }

    [Fact]
    public void EditQuiz_WithAnInvalidQuestion_IsRefused_AndKeepsTheOldOnes()
    {
        var quiz = NewQuiz();
        var before = StateOf(quiz);

        Assert.Equal(EngagementErrors.InvalidTimeLimit, Refused(() => quiz.Edit("Finals", [Spec(), Spec(seconds: 1)], Now)));
        Assert.Equal(before, StateOf(quiz));
    }

    [Fact]
    public void EditQuiz_OnceStarted_IsRefusedWithQuizNotDraft_AndLeavesItUnchanged()
    {
        var quiz = RunningQuiz();
        var before = StateOf(quiz);

        Assert.Equal(EngagementErrors.QuizNotDraft, Refused(() => quiz.Edit("Finals", [Spec()], Now)));
        Assert.Equal(before, StateOf(quiz));
    }

    [Fact]
    public void StartQuiz_OpensTheLobby_WithoutAQuestion_AndStartingAgainIsRefusedWithQuizNotDraft()
    {
        var quiz = NewQuiz();

        quiz.Start(Now);

        Assert.Equal((QuizStatus.Running, (DateTimeOffset?)Now, (int?)null), (quiz.Status, quiz.StartedAt, quiz.CurrentQuestionIndex));
        Assert.Null(quiz.RemainingTime(Now));
        Assert.Equal(EngagementErrors.QuizNotDraft, Refused(() => quiz.Start(Now.AddMinutes(1))));
        Assert.Equal(Now, quiz.StartedAt);
    }

    [Fact]
    public void OpenNextQuestion_BeforeTheQuizStarts_IsRefusedWithQuizNotRunning()
    {
        var quiz = NewQuiz();
        var before = StateOf(quiz);

        Assert.Equal(EngagementErrors.QuizNotRunning, Refused(() => quiz.OpenNextQuestion(Now)));
        Assert.Equal(before, StateOf(quiz));
    }

    [Fact]
    public void OpenNextQuestion_OpensTheQuestionsOneByOne_EachAfterThePreviousIsRevealed()
    {
        var quiz = RunningQuiz();
        Assert.Equal((0, (DateTimeOffset?)Now, (QuizQuestionState?)QuizQuestionState.Open), (quiz.CurrentQuestion!.Position, quiz.QuestionOpenedAt, quiz.QuestionState));

        quiz.RevealCurrent(Now.AddSeconds(20));
        quiz.OpenNextQuestion(Now.AddSeconds(30));

        Assert.Equal(("Q1", (DateTimeOffset?)Now.AddSeconds(30), (QuizQuestionState?)QuizQuestionState.Open), (quiz.CurrentQuestion!.Text, quiz.QuestionOpenedAt, quiz.QuestionState));
        Assert.Null(quiz.QuestionRevealedAt);
    }

    [Fact]
    public void OpenNextQuestion_WhileTheCurrentIsOpen_IsRefusedWithQuestionNotRevealed_AndKeepsTheCurrent()
    {
        var quiz = RunningQuiz();
        var before = StateOf(quiz);

        Assert.Equal(EngagementErrors.QuestionNotRevealed, Refused(() => quiz.OpenNextQuestion(Now.AddSeconds(25))));
        Assert.Equal(before, StateOf(quiz));
    }

    [Fact]
    public void OpenNextQuestion_AfterTheLast_IsRefusedWithNoMoreQuestions()
    {
        var quiz = RunningQuiz(questions: 1);
        quiz.RevealCurrent(Now.AddSeconds(5));
        var before = StateOf(quiz);

        Assert.False(quiz.HasNextQuestion);
        Assert.Equal(EngagementErrors.NoMoreQuestions, Refused(() => quiz.OpenNextQuestion(Now.AddSeconds(10))));
        Assert.Equal(before, StateOf(quiz));
    }

    [Fact]
    public void RevealCurrent_EarlyByTheHost_EndsAnswering_AndRevealingAgainChangesNothing()
    {
        var quiz = RunningQuiz();

        Assert.True(quiz.RevealCurrent(Now.AddSeconds(3)));
        Assert.False(quiz.RevealCurrent(Now.AddSeconds(20)));

        Assert.Equal(((QuizQuestionState?)QuizQuestionState.Revealed, (DateTimeOffset?)Now.AddSeconds(3)), (quiz.QuestionState, quiz.QuestionRevealedAt));
        Assert.Null(quiz.RemainingTime(Now.AddSeconds(4)));
    }

    [Fact]
    public void RevealCurrent_BeforeAnyQuestionOpened_IsRefusedWithQuestionNotOpen()
    {
        var quiz = NewQuiz();
        quiz.Start(Now);

        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => quiz.RevealCurrent(Now)));
        Assert.Null(quiz.QuestionState);
    }

    [Fact]
    public void RevealCurrent_OnADraft_IsRefusedWithQuizNotRunning() =>
        Assert.Equal(EngagementErrors.QuizNotRunning, Refused(() => NewQuiz().RevealCurrent(Now)));

    [Fact]
    public void FinishQuiz_RevealsAQuestionStillOpen_AndFinishingAgainChangesNothing()
    {
        var quiz = RunningQuiz();

        quiz.Finish(Now.AddSeconds(5));
        quiz.Finish(Now.AddSeconds(9));

        Assert.Equal((QuizStatus.Finished, (DateTimeOffset?)Now.AddSeconds(5)), (quiz.Status, quiz.FinishedAt));
        Assert.Equal(((QuizQuestionState?)QuizQuestionState.Revealed, (DateTimeOffset?)Now.AddSeconds(5)), (quiz.QuestionState, quiz.QuestionRevealedAt));
        Assert.Equal(EngagementErrors.QuizNotRunning, Refused(() => quiz.OpenNextQuestion(Now.AddSeconds(10))));
    }

    [Fact]
    public void FinishQuiz_ADraft_IsRefusedWithQuizNotRunning()
    {
        var quiz = NewQuiz();

        Assert.Equal(EngagementErrors.QuizNotRunning, Refused(() => quiz.Finish(Now)));
        Assert.Equal(QuizStatus.Draft, quiz.Status);
    }

    [Fact]
    public void RemainingTime_CountsDownFromTheLimit_ForLateJoiners_AndStopsAtZero()
    {
        var quiz = RunningQuiz(seconds: 20);

        Assert.Equal(TimeSpan.FromSeconds(20), quiz.RemainingTime(Now));
        Assert.Equal(TimeSpan.FromSeconds(12.5), quiz.RemainingTime(Now.AddSeconds(7.5)));
        Assert.Equal(TimeSpan.Zero, quiz.RemainingTime(Now.AddSeconds(25)));
    }

    [Fact]
    public void Answer_CorrectAtOnce_EarnsAThousand_AndStartsAStreak()
    {
        var quiz = RunningQuiz();
        var question = quiz.CurrentQuestion!;

        var answer = quiz.Answer(Attendee, question.Id, question.CorrectOption, 0, Now);

        Assert.Equal((quiz.Id, question.Id, Attendee, question.CorrectOption), (answer.QuizId, answer.QuestionId, answer.UserId, answer.OptionIndex));
        Assert.Equal((true, 1000, 0, 1, TimeSpan.Zero, Now), (answer.Correct, answer.Points, answer.Bonus, answer.Streak, answer.Elapsed, answer.AnsweredAt));
    }

    [Fact]
    public void Answer_CorrectAtTheLimit_EarnsFiveHundredPlusTheStreakBonus()
    {
        var quiz = RunningQuiz(seconds: 20);
        var question = quiz.CurrentQuestion!;

        var answer = quiz.Answer(Attendee, question.Id, question.CorrectOption, streakBefore: 2, Now.AddSeconds(20));

        Assert.Equal((true, 700, 200, 3), (answer.Correct, answer.Points, answer.Bonus, answer.Streak));
    }

    [Fact]
    public void Answer_Wrong_EarnsNothing_AndResetsTheStreak()
    {
        var quiz = RunningQuiz();
        var question = quiz.CurrentQuestion!;

        var answer = quiz.Answer(Attendee, question.Id, (question.CorrectOption + 1) % question.OptionCount, streakBefore: 4, Now.AddSeconds(1));

        Assert.Equal((false, 0, 0, 0), (answer.Correct, answer.Points, answer.Bonus, answer.Streak));
    }

    [Fact]
    public void Answer_AfterTheLimitOnTheServerClock_IsRefusedWithAnswerTooLate()
    {
        var quiz = RunningQuiz(seconds: 20);
        var question = quiz.CurrentQuestion!;

        Assert.Equal(EngagementErrors.AnswerTooLate, Refused(() => quiz.Answer(Attendee, question.Id, 0, 0, Now.AddSeconds(20).AddTicks(1))));
        quiz.RevealCurrent(Now.AddSeconds(21));
        Assert.Equal(EngagementErrors.AnswerTooLate, Refused(() => quiz.Answer(Attendee, question.Id, 0, 0, Now.AddSeconds(22))));
    }

    [Fact]
    public void Answer_AfterAnEarlyReveal_IsRefusedWithQuestionNotOpen()
    {
        var quiz = RunningQuiz();
        var question = quiz.CurrentQuestion!;
        quiz.RevealCurrent(Now.AddSeconds(2));

        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => quiz.Answer(Attendee, question.Id, 0, 0, Now.AddSeconds(3))));
    }

    [Fact]
    public void Answer_ToAQuestionNotYetOrNoLongerCurrent_IsRefusedWithQuestionNotOpen()
    {
        var quiz = RunningQuiz();
        var first = quiz.Questions[0];
        var second = quiz.Questions[1];
        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => quiz.Answer(Attendee, second.Id, 0, 0, Now.AddSeconds(1))));

        quiz.RevealCurrent(Now.AddSeconds(5));
        quiz.OpenNextQuestion(Now.AddSeconds(10));

        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => quiz.Answer(Attendee, first.Id, 0, 0, Now.AddSeconds(11))));
    }

    [Fact]
    public void Answer_BeforeTheFirstQuestionOrAfterTheQuizFinished_IsRefusedWithQuestionNotOpen()
    {
        var lobby = NewQuiz();
        lobby.Start(Now);
        var finished = RunningQuiz();
        finished.Finish(Now.AddSeconds(1));

        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => lobby.Answer(Attendee, lobby.Questions[0].Id, 0, 0, Now)));
        Assert.Equal(EngagementErrors.QuestionNotOpen, Refused(() => finished.Answer(Attendee, finished.Questions[0].Id, 0, 0, Now.AddSeconds(2))));
    }

    [Fact]
    public void Answer_Twice_WhenTheFirstIsKnown_IsRefusedWithAlreadyAnswered()
    {
        var quiz = RunningQuiz();

        Assert.Equal(EngagementErrors.AlreadyAnswered, Refused(() => quiz.Answer(Attendee, quiz.CurrentQuestion!.Id, 0, 0, Now, alreadyAnswered: true)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Answer_WithAnOptionOutsideTheQuestion_IsRefusedAsUnknownOption(int option)
    {
        var quiz = RunningQuiz();

        Assert.Equal(EngagementErrors.UnknownOption, NotFound(() => quiz.Answer(Attendee, quiz.CurrentQuestion!.Id, option, 0, Now)));
    }

    [Fact]
    public void Answer_ToAQuestionOfAnotherQuiz_IsRefusedAsUnknownQuizQuestion()
    {
        var quiz = RunningQuiz();

        Assert.Equal(EngagementErrors.UnknownQuizQuestion, NotFound(() => quiz.Answer(Attendee, NewQuiz().Questions[0].Id, 0, 0, Now)));
    }

    [Fact]
    public void Answer_RefusalsLeaveTheQuizUnchanged()
    {
        var quiz = RunningQuiz();
        var before = StateOf(quiz);
        var id = quiz.CurrentQuestion!.Id;

        Assert.Throws<NotFoundException>(() => quiz.Answer(Attendee, id, 9, 0, Now));
        Refused(() => quiz.Answer(Attendee, id, 0, 0, Now.AddMinutes(5)));
        Refused(() => quiz.Answer(Attendee, id, 0, 0, Now, alreadyAnswered: true));

        Assert.Equal(before, StateOf(quiz));
    }
}

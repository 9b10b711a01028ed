using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Tests;

public sealed class EngagementQuizTests : EngagementServiceTests
{
    [Fact]
    public async Task AQuizOfThreeQuestions_ScoresTwoPlayersBySpeedAndStreak_OnTheServerClock()
    {
        var quiz = await CreateQuizAsync();
        var (a, b) = (Bed.Holder, Bed.OtherHolder);

        // Question 1 (20 s): A right after 4 s (900), B wrong.
        var q1 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        Assert.Empty((await Bed.Quizzes(q => q.GetAsync(b, quiz.Id, default))).Questions);
        Bed.Time.Advance(TimeSpan.FromSeconds(4));
        var a1 = await AnswerAsync(a, quiz.Id, q1, "4");
        Bed.Time.Advance(TimeSpan.FromSeconds(6));
        var b1 = await AnswerAsync(b, quiz.Id, q1, "5");
        await Bed.Quizzes(q => q.RevealAsync(Bed.Organizer, quiz.Id, default));

        // Question 2: A right at once (1000 + streak bonus 100), B right after 10 s (750, a new streak).
        var q2 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        var a2 = await AnswerAsync(a, quiz.Id, q2, "Paris");
        Bed.Time.Advance(TimeSpan.FromSeconds(10));
        var b2 = await AnswerAsync(b, quiz.Id, q2, "Paris");

        // Question 3 (the host moves on without revealing: Next reveals first): B right at the buzzer (500 + 100), A too late.
        var q3 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        Bed.Time.Advance(TimeSpan.FromSeconds(20));
        var b3 = await AnswerAsync(b, quiz.Id, q3, "Blue");
        var twice = await Assert.ThrowsAsync<DomainException>(() => AnswerAsync(b, quiz.Id, q3, "Red"));
        Bed.Time.Advance(TimeSpan.FromSeconds(1));
        var tooLate = await Assert.ThrowsAsync<DomainException>(() => AnswerAsync(a, quiz.Id, q3, "Blue"));
        var finished = await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default));
        var done = await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default)).ContinueWith(t => t.Exception?.InnerException);

        Assert.Equal([(true, 900), (false, 0)], new[] { a1, b1 }.Select(r => (r.Correct, r.Points)));
        Assert.Equal([(true, 1100, 2), (true, 750, 1)], new[] { a2, b2 }.Select(r => (r.Correct, r.Points, r.Streak)));
        Assert.Equal((true, 600), (b3.Correct, b3.Points));
        Assert.Equal(EngagementErrors.AlreadyAnswered, twice.Code);
        Assert.Equal(EngagementErrors.AnswerTooLate, tooLate.Code);
        Assert.Equal(QuizState.Finished, finished.Status);
        Assert.Equal(EngagementErrors.QuizNotRunning, Assert.IsType<DomainException>(done).Code);
        var board = await Bed.Quizzes(q => q.GetLeaderboardAsync(a, quiz.Id, default));
        Assert.Equal([(1, Bed.HolderId, 2000), (2, Bed.OtherHolderId, 1350)], board.Select(e => (e.Rank, e.UserId, e.Points)));
        Assert.Equal(3, (await Bed.EngagementOutboxAsync()).Count(m => m.Type == "engagement.quiz_answered" && m.Payload.Contains(Bed.OtherHolderId.ToString(), StringComparison.Ordinal)));

        Assert.Equal(3, Bed.Live.Count(nameof(ILiveEngagementPublisher.QuizQuestionOpenedAsync)));
        Assert.Equal([q1.Id, q2.Id, q3.Id], Bed.Live.Of<(Guid QuestionId, Guid Correct)>(nameof(ILiveEngagementPublisher.QuizQuestionClosedAsync)).Select(c => c.QuestionId));
        var last = Bed.Live.Of<IReadOnlyList<LeaderboardEntryView>>(nameof(ILiveEngagementPublisher.LeaderboardUpdatedAsync))[^1];
        Assert.Equal([2000, 1350], last.Select(e => e.Points));
    }

    [Fact]
    public async Task ALateJoiner_GetsTheOpenQuestionWithoutItsAnswer_AndAfterTheRevealTheResultAndTheirPlace()
    {
        var quiz = await CreateQuizAsync();
        var q1 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        Bed.Time.Advance(TimeSpan.FromSeconds(5));
        await AnswerAsync(Bed.Holder, quiz.Id, q1, "4");
        await AnswerAsync(Bed.OtherHolder, quiz.Id, q1, "5");

        var open = await Bed.Quizzes(q => q.GetStateAsync(Bed.OtherHolder, quiz.Id, default));

        Assert.Equal((QuizState.Running, QuizQuestionPhase.Open, TimeSpan.FromSeconds(15)), (open.Status, open.Phase, open.Remaining));
        Assert.Equal((q1.Id, 1, 3), (open.Question!.Id, open.Question.Number, open.Question.QuestionCount));
        Assert.Null(open.Reveal);
        Assert.Equal(q1.Options.Single(o => o.Text == "5").Id, open.MyAnswerOptionId);

        // Nobody reveals: the timer does once the time is up.
        Bed.Time.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal(0, await Bed.RunTimersAsync());
        Bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Bed.RunTimersAsync());
        Assert.Equal(0, await Bed.RunTimersAsync());

        var revealed = await Bed.Quizzes(q => q.GetStateAsync(Bed.OtherHolder, quiz.Id, default));

        Assert.Equal(QuizQuestionPhase.Revealed, revealed.Phase);
        Assert.Equal(q1.Options.Single(o => o.Text == "4").Id, revealed.Reveal!.CorrectOptionId);
        Assert.Equal([0, 1, 1], revealed.Reveal.Distribution.Select(d => d.Answers));
        Assert.Equal([Bed.HolderId, Bed.OtherHolderId], revealed.Top.Select(e => e.UserId));
        Assert.Equal((2, 0), (revealed.Me!.Rank, revealed.Me.Points));
        Assert.Null(revealed.Remaining);
        Assert.Single(Bed.Live.Of<(Guid, Guid)>(nameof(ILiveEngagementPublisher.QuizQuestionClosedAsync)));
    }

    [Fact]
    public async Task OnlyModeratorsRunAQuiz_AndAnUnknownOptionIsRefused()
    {
        var quiz = await CreateQuizAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Quizzes(q => q.NextAsync(Bed.Holder, quiz.Id, default)));
        var q1 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        var before = await Bed.FingerprintAsync();

        var unknown = await Assert.ThrowsAsync<NotFoundException>(() => Bed.Quizzes(q => q.AnswerAsync(Bed.Holder, quiz.Id, q1.Id, Guid.NewGuid(), default)));
        var stranger = await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Quizzes(q => q.AnswerAsync(Bed.Stranger, quiz.Id, q1.Id, q1.Options[0].Id, default)));

        Assert.Equal(EngagementErrors.UnknownOption, unknown.Code);
        Assert.Equal(EngagementErrors.NotAParticipant, stranger.Code);
        Assert.Equal(before, await Bed.FingerprintAsync());
    }

    [Fact]
    public async Task ADraftQuiz_IsOnlyForStaff_UntilItStarts()
    {
        var quiz = await CreateQuizAsync();

        Assert.Empty(await Bed.Quizzes(q => q.ListForEventAsync(Bed.Holder, Bed.EventId, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Quizzes(q => q.GetStateAsync(Bed.Holder, quiz.Id, default)));
        Assert.Equal(3, Assert.Single(await Bed.Quizzes(q => q.ListForEventAsync(Bed.Organizer, Bed.EventId, default))).Questions.Count);

        await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default));

        var seen = Assert.Single(await Bed.Quizzes(q => q.ListForEventAsync(Bed.Holder, Bed.EventId, default)));
        Assert.Equal((QuizState.Running, 1, 0), (seen.Status, seen.CurrentQuestionNumber, seen.Questions.Count));
    }

    [Fact]
    public async Task TheSamePlayerAnsweringTenTimesInParallel_IsScoredOnce()
    {
        var quiz = await CreateQuizAsync();
        var q1 = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                return (await AnswerAsync(Bed.Holder, quiz.Id, q1, "4")).Points.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }));

        Assert.Equal(["1000"], outcomes.Where(o => o != EngagementErrors.AlreadyAnswered));
        Assert.Equal(1000, Assert.Single(await Bed.Quizzes(q => q.GetLeaderboardAsync(Bed.Organizer, quiz.Id, default))).Points);
    }

    private Task<QuizView> CreateQuizAsync() =>
        Bed.Quizzes(q => q.CreateAsync(Bed.Organizer, Bed.EventId, new QuizDraft("Warm-up",
        [
            new QuizQuestionDraft("2 + 2?", ["3", "4", "5"], 1, 20),
            new QuizQuestionDraft("Capital of France?", ["Paris", "Lyon"], 0, 20),
            new QuizQuestionDraft("Colour of the sky?", ["Red", "Blue"], 1, 20),
        ]), default));

    private Task<QuizAnswerResult> AnswerAsync(Services.Common.Actor player, Guid quizId, LiveQuizQuestion question, string option) =>
        Bed.Quizzes(q => q.AnswerAsync(player, quizId, question.Id, question.Options.Single(o => o.Text == option).Id, default));
}

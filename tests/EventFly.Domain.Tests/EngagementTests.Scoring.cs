using CsCheck;
using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

public sealed partial class EngagementTests
{
    private static readonly Gen<TimeSpan> Limit = Gen.Int[QuizQuestion.MinTimeLimitSeconds, QuizQuestion.MaxTimeLimitSeconds].Select(s => TimeSpan.FromSeconds(s));

    private static Guid Player(int n) => new(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);

    [Theory]
    [InlineData(0, 10_000, 1000)]
    [InlineData(10_000, 10_000, 500)]
    [InlineData(5_000, 10_000, 750)]
    [InlineData(2_500, 10_000, 875)]
    [InlineData(15_000, 10_000, 500)]
    [InlineData(-1_000, 10_000, 1000)]
    [InlineData(1, 1_000, 1000)]
    [InlineData(3, 1_000, 999)]
    [InlineData(7_000, 20_000, 825)]
    public void BasePoints_IsAThousandTimesOneMinusHalfTheTimeShare_RoundedHalfAwayFromZero(int elapsedMs, int limitMs, int expected) =>
        Assert.Equal(expected, QuizScoring.BasePoints(TimeSpan.FromMilliseconds(elapsedMs), TimeSpan.FromMilliseconds(limitMs)));

    [Fact]
    public void BasePoints_WithoutAPositiveLimit_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizScoring.BasePoints(TimeSpan.Zero, TimeSpan.Zero));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 100)]
    [InlineData(3, 200)]
    [InlineData(5, 400)]
    [InlineData(6, 500)]
    [InlineData(7, 500)]
    [InlineData(50, 500)]
    public void StreakBonus_IsAHundredPerCorrectAnswerInARowAfterTheFirst_AtMostFiveHundred(int streak, int expected) =>
        Assert.Equal(expected, QuizScoring.StreakBonus(streak));

    [Fact]
    public void Score_Wrong_IsZeroWithTheStreakReset() =>
        Assert.Equal(new QuizScore(false, 0, 0, 0), QuizScoring.Score(false, TimeSpan.Zero, TimeSpan.FromSeconds(10), 7));

    [Fact]
    public void BasePoints_ForAnswersInsideTheLimit_LieBetweenFiveHundredAndAThousand_AndNeverRiseWithTime() =>
        Gen.Select(Limit, Gen.Double[0, 1], Gen.Double[0, 1]).Sample((limit, a, b) =>
        {
            var earlier = TimeSpan.FromTicks((long)(limit.Ticks * Math.Min(a, b)));
            var later = TimeSpan.FromTicks((long)(limit.Ticks * Math.Max(a, b)));
            var (first, second) = (QuizScoring.BasePoints(earlier, limit), QuizScoring.BasePoints(later, limit));
            return first is >= 500 and <= 1000 && second is >= 500 and <= 1000 && first >= second;
        });

    [Fact]
    public void Score_TotalIsBasePlusStreakBonus_ForAnyAnswer() =>
        Gen.Select(Gen.Bool, Limit, Gen.Double[0, 1], Gen.Int[0, 60]).Sample((correct, limit, share, streakBefore) =>
        {
            var elapsed = TimeSpan.FromTicks((long)(limit.Ticks * share));
            var score = QuizScoring.Score(correct, elapsed, limit, streakBefore);
            return correct
                ? score.Points == QuizScoring.BasePoints(elapsed, limit) + QuizScoring.StreakBonus(streakBefore + 1)
                  && score.Bonus == Math.Min(100 * streakBefore, 500) && score.Streak == streakBefore + 1
                : score == new QuizScore(false, 0, 0, 0);
        });

    [Fact]
    public void PlayingAWholeQuiz_EachAnswersStreakIsItsRunOfCorrectAnswers_AndTheTotalIsBasePlusBonuses() =>
        Gen.Select(Gen.Bool, Gen.Double[0, 1]).Array[1, 20].Sample(plays =>
        {
            var quiz = Quiz.Create(EventId, "Run", [.. plays.Select(_ => Spec(correct: 0, seconds: 10))], Now);
            quiz.Start(Now);
            var (at, streak, run, total, expected) = (Now, 0, 0, 0, 0);
            foreach (var (correct, share) in plays)
            {
                quiz.OpenNextQuestion(at);
                var elapsed = TimeSpan.FromTicks((long)(TimeSpan.FromSeconds(10).Ticks * share));
                var answer = quiz.Answer(Attendee, quiz.CurrentQuestion!.Id, correct ? 0 : 1, streak, at + elapsed);
                run = correct ? run + 1 : 0;
                expected += correct ? QuizScoring.BasePoints(elapsed, TimeSpan.FromSeconds(10)) + Math.Min(100 * (run - 1), 500) : 0;
                Assert.Equal(run, answer.Streak);
                (streak, total) = (answer.Streak, total + answer.Points);
                quiz.RevealCurrent(at + TimeSpan.FromSeconds(10));
                at += TimeSpan.FromSeconds(15);
            }
            Assert.Equal(expected, total);
        });

    [Fact]
    public void Leaderboard_EqualTotalsShareARank_AndTheNextRankSkips()
    {
        var board = QuizLeaderboard.From(
        [
            new(Player(1), 200, Now.AddSeconds(2)), new(Player(2), 300, Now), new(Player(3), 100, Now), new(Player(4), 200, Now.AddSeconds(1)),
        ]);

        Assert.Equal([(1, Player(2)), (2, Player(4)), (2, Player(1)), (4, Player(3))], board.Entries.Select(e => (e.Rank, e.UserId)));
    }

    [Fact]
    public void Leaderboard_TiesGoToTheEarlierLastCorrectAnswer_ThenTheUserId_NeverCorrectLast()
    {
        var board = QuizLeaderboard.From(
        [
            new(Player(3), 0, null), new(Player(2), 0, null), new(Player(5), 500, Now.AddSeconds(9)), new(Player(4), 500, Now.AddSeconds(9)),
            new(Player(1), 500, Now),
        ]);

        Assert.Equal([Player(1), Player(4), Player(5), Player(2), Player(3)], board.Entries.Select(e => e.UserId));
        Assert.Equal([1, 1, 1, 4, 4], board.Entries.Select(e => e.Rank));
    }

    [Fact]
    public void Leaderboard_TopCutsAtTheCount_RankOfAnswersForEachPlayer_ThePodiumKeepsTies()
    {
        var board = QuizLeaderboard.From([.. Enumerable.Range(1, 12).Select(i => new QuizPlayerTotal(Player(i), i switch { 1 => 1000, 2 => 950, 3 or 4 => 900, _ => 800 - (i * 10) }, Now))]);

        Assert.Equal(10, board.Top(10).Count);
        Assert.Equal([Player(1), Player(2)], board.Top(2).Select(e => e.UserId));
        Assert.Equal(3, board.RankOf(Player(3)));
        Assert.Equal(3, board.RankOf(Player(4)));
        Assert.Null(board.RankOf(Player(99)));
        Assert.Equal([1, 2, 3, 3], board.Podium.Select(e => e.Rank));
        Assert.Equal(new LeaderboardEntry(12, Player(12), 680), board.EntryOf(Player(12)));
    }

    [Fact]
    public void Leaderboard_WithAPlayerTwice_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => QuizLeaderboard.From([new(Player(1), 10, null), new(Player(1), 20, null)]));

    [Fact]
    public void Leaderboard_FromAnswers_SumsEachPlayersPoints_AndUsesTheirLastCorrectAnswer()
    {
        var quiz = RunningQuiz(questions: 2, seconds: 10);
        var (ada, bob) = (Player(1), Player(2));
        var first = quiz.Questions[0];
        var answers = new List<QuizAnswer>
        {
            quiz.Answer(ada, first.Id, first.CorrectOption, 0, Now.AddSeconds(5)),
            quiz.Answer(bob, first.Id, first.CorrectOption, 0, Now.AddSeconds(5)),
        };
        quiz.RevealCurrent(Now.AddSeconds(10));
        quiz.OpenNextQuestion(Now.AddSeconds(20));
        var second = quiz.Questions[1];
        answers.Add(quiz.Answer(ada, second.Id, second.CorrectOption, answers[0].Streak, Now.AddSeconds(30)));
        answers.Add(quiz.Answer(bob, second.Id, (second.CorrectOption + 1) % 4, answers[1].Streak, Now.AddSeconds(21)));

        var board = QuizLeaderboard.FromAnswers(answers);

        Assert.Equal([new LeaderboardEntry(1, ada, 750 + 500 + 100), new LeaderboardEntry(2, bob, 750)], board.Entries);
    }

    [Fact]
    public void Leaderboard_RanksAreConsistentWithTheTotals_ForAnyPlayers() =>
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 4]).Array[0, 40].Sample(players =>
        {
            var totals = players.Select((p, i) => new QuizPlayerTotal(Player(i), p.Item1 * 250, p.Item2 == 0 ? null : Now.AddSeconds(p.Item2))).ToList();
            var board = QuizLeaderboard.From(totals);

            Assert.Equal(totals.Count, board.Entries.Count);
            foreach (var entry in board.Entries)
            {
                Assert.Equal(1 + totals.Count(t => t.Points > entry.Points), entry.Rank);
                Assert.Equal(entry.Rank, board.RankOf(entry.UserId));
                Assert.Equal(totals.Single(t => t.UserId == entry.UserId).Points, entry.Points);
            }
            Assert.True(board.Entries.Zip(board.Entries.Skip(1)).All(p => p.First.Points >= p.Second.Points && p.First.Rank <= p.Second.Rank));
            Assert.Equal(board.Entries.Where(e => e.Rank <= 3), board.Podium);
            Assert.Equal(board.Entries.Take(10), board.Top(10));
        });
}

namespace EventFly.Domain.Engagement;

/// <summary>
/// Kahoot-style scoring. A correct answer after t of T seconds earns round(1000 × (1 − (t / T) / 2)) base points, t taken
/// within [0, T] and halves rounded away from zero: 1000 at once, 500 at the buzzer. The streak is the number of
/// consecutive correct answers including this one; from the second on it adds min(100 × (streak − 1), 500). A wrong
/// (or missed) answer earns 0 and resets the streak to 0.
/// </summary>
public static class QuizScoring
{
    public const int MaxBasePoints = 1000;
    public const int StreakBonusStep = 100;
    public const int MaxStreakBonus = 500;

    public static int BasePoints(TimeSpan elapsed, TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        var t = Math.Clamp(elapsed.Ticks, 0, limit.Ticks);
        // Decimal keeps exact halves exact (999.5 rounds to 1000), which double arithmetic would not promise.
        var points = MaxBasePoints - (MaxBasePoints / 2m * t / limit.Ticks);
        return (int)Math.Round(points, MidpointRounding.AwayFromZero);
    }

    /// <param name="streak">Consecutive correct answers including this one.</param>
    public static int StreakBonus(int streak) => streak <= 1 ? 0 : Math.Min(StreakBonusStep * (streak - 1), MaxStreakBonus);

    /// <param name="streakBefore">The player's streak after the previous question (0 if they missed or got it wrong).</param>
    public static QuizScore Score(bool correct, TimeSpan elapsed, TimeSpan limit, int streakBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(streakBefore);
        if (!correct) return new QuizScore(false, 0, 0, 0);
        var streak = streakBefore + 1;
        return new QuizScore(true, BasePoints(elapsed, limit), StreakBonus(streak), streak);
    }
}

namespace EventFly.Domain.Engagement;

/// <summary>What one answer earns: base points for a correct answer's speed, a streak bonus, and the streak after it.</summary>
public sealed record QuizScore(bool Correct, int BasePoints, int Bonus, int Streak)
{
    public int Points => BasePoints + Bonus;
}

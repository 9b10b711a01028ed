namespace EventFly.Domain.Engagement;

/// <summary>A player's points so far and when they last answered correctly (null: never), as the leaderboard ranks them.</summary>
public sealed record QuizPlayerTotal(Guid UserId, int Points, DateTimeOffset? LastCorrectAt);

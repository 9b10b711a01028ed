namespace EventFly.Domain.Engagement;

/// <summary>A player's place on a quiz leaderboard; equal points share a <see cref="Rank"/>.</summary>
public sealed record LeaderboardEntry(int Rank, Guid UserId, int Points);

namespace EventFly.Services.Engagement.Contracts;

/// <summary>When the audience sees a poll's results (staff always do).</summary>
public enum PollResultsVisibility
{
    Live,
    AfterClose,
}

/// <summary>Draft (staff only), Open, Closed (by hand or at its close time).</summary>
public enum PollState
{
    Draft,
    Open,
    Closed,
}

/// <summary>A new poll; opened at once unless <paramref name="SaveAsDraft"/>.</summary>
public sealed record PollDraft(
    string Question, IReadOnlyList<string> Options, bool AllowMultiple, DateTimeOffset? ClosesAt,
    PollResultsVisibility ResultsVisibility = PollResultsVisibility.Live, bool SaveAsDraft = false);

/// <summary>
/// A poll as its caller sees it. Option votes and <see cref="TotalVotes"/> are null while the caller may not see results;
/// <see cref="MyChoice"/> is the caller's ballot (null before they vote).
/// </summary>
public sealed record PollView(
    Guid Id, Guid EventId, string Question, IReadOnlyList<PollOptionView> Options, bool Multiple, DateTimeOffset? ClosesAt, PollState Status,
    PollResultsVisibility ResultsVisibility, bool ResultsVisible, int? TotalVotes, IReadOnlyList<Guid>? MyChoice, DateTimeOffset CreatedAt);

public sealed record PollOptionView(Guid Id, string Text, int? Votes);

/// <summary>
/// <c>GET /api/polls/{pollId}/results</c> and the hub's <c>PollResultsUpdated</c>: <see cref="TotalVotes"/> counts people
/// (ballots). While <see cref="ResultsVisible"/> is false every count is zero.
/// </summary>
public sealed record PollResults(
    Guid PollId, PollState Status, DateTimeOffset? ClosesAt, bool Multiple, bool ResultsVisible, int TotalVotes, IReadOnlyList<PollOptionResult> Options);

public sealed record PollOptionResult(Guid Id, string Text, int Votes);

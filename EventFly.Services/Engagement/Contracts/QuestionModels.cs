namespace EventFly.Services.Engagement.Contracts;

public sealed record QuestionDraft(string Text, bool Anonymous);

public enum QuestionSort
{
    Votes,
    Newest,
}

/// <summary>Pending (awaits a moderator), Visible, Answered, Hidden (by a moderator).</summary>
public enum QuestionState
{
    Pending,
    Visible,
    Answered,
    Hidden,
}

/// <summary>
/// A question as its caller sees it: <see cref="AuthorId"/> and <see cref="AuthorName"/> are null on an anonymous question
/// except for staff and its author; <see cref="VotedByMe"/> and <see cref="Mine"/> are the caller's.
/// </summary>
public sealed record QuestionView(
    Guid Id, Guid EventId, string Text, int Votes, QuestionState Status, bool Anonymous, Guid? AuthorId, string? AuthorName, DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt, bool VotedByMe, bool Mine);

public sealed record QaSettingsView(Guid EventId, bool ModerationOn);

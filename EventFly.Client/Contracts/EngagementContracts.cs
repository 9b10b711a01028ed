using System.ComponentModel.DataAnnotations;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary><c>POST /api/events/{eventId}/posts</c>, <c>PUT /api/posts/{postId}</c>: Markdown; <c>publishAt</c> in the future schedules it.</summary>
public sealed class PostRequest
{
    [Required(ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.WriteSomething))]
    [StringLength(10_000, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.PostTooLong))]
    public string Body { get; set; } = "";

    [StringLength(300)]
    public string? ImageFileId { get; set; }

    public DateTimeOffset? PublishAt { get; set; }
}

/// <summary><c>POST /api/posts/{postId}/comments</c>.</summary>
public sealed class CommentRequest
{
    [Required(ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.WriteSomething))]
    [StringLength(2_000, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.CommentTooLong))]
    public string Body { get; set; } = "";
}

/// <summary><c>POST /api/posts/{postId}/reactions</c>: one of like, love, party, laugh, wow, clap.</summary>
public sealed class ReactionRequest
{
    [Required, StringLength(20)]
    public string Kind { get; set; } = "";
}

/// <summary><c>POST /api/events/{eventId}/questions</c>.</summary>
public sealed class QuestionRequest
{
    [Required(ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.AskSomething))]
    [StringLength(2_000, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuestionTooLong))]
    public string Text { get; set; } = "";

    public bool Anonymous { get; set; }
}

/// <summary>Query of <c>GET /api/events/{eventId}/questions</c>.</summary>
public sealed class QuestionListQuery : PagedQuery
{
    [RegularExpression("^(votes|newest)$", ErrorMessage = "sort is votes or newest.")]
    public string? Sort { get; set; }
}

/// <summary><c>PUT /api/events/{eventId}/qa-settings</c>: with moderation on, new questions wait for a moderator.</summary>
public sealed class QaSettingsRequest
{
    public bool ModerationOn { get; set; }
}

/// <summary><c>POST /api/events/{eventId}/polls</c>: opened at once unless <c>draft</c>.</summary>
public sealed class PollRequest
{
    [Required(ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.PollQuestionRequired))]
    [StringLength(500)]
    public string Question { get; set; } = "";

    [Required]
    [MinLength(2, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.PollOptionCount))]
    [MaxLength(10, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.PollOptionCount))]
    public List<string> Options { get; set; } = [];

    public bool AllowMultiple { get; set; }

    public DateTimeOffset? ClosesAt { get; set; }

    /// <summary>The audience sees the results only once the poll has closed (staff always see them).</summary>
    public bool ResultsAfterClose { get; set; }

    public bool Draft { get; set; }
}

/// <summary><c>POST /api/polls/{pollId}/votes</c>.</summary>
public sealed class VoteRequest
{
    [Required]
    [MinLength(1, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.ChooseAnOption))]
    [MaxLength(10)]
    public List<Guid> OptionIds { get; set; } = [];
}

/// <summary><c>POST /api/events/{eventId}/quizzes</c>.</summary>
public sealed class QuizRequest
{
    [Required(ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuizTitleRequired))]
    [StringLength(150)]
    public string Title { get; set; } = "";

    [Required]
    [MinLength(1, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuizQuestionCount))]
    [MaxLength(50, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuizQuestionCount))]
    public List<QuizQuestionRequest> Questions { get; set; } = [];
}

public sealed class QuizQuestionRequest
{
    [Required, StringLength(500)]
    public string Text { get; set; } = "";

    [Required]
    [MinLength(2, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuizOptionCount))]
    [MaxLength(6, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.QuizOptionCount))]
    public List<string> Options { get; set; } = [];

    [Range(0, 5)]
    public int CorrectOptionIndex { get; set; }

    [Range(5, 120, ErrorMessageResourceType = typeof(LiveTexts), ErrorMessageResourceName = nameof(LiveTexts.TimeLimitRange))]
    public int TimeLimitSeconds { get; set; } = 20;
}

/// <summary><c>POST /api/quizzes/{quizId}/answers</c>.</summary>
public sealed class QuizAnswerRequest
{
    [Required]
    public Guid? QuestionId { get; set; }

    [Required]
    public Guid? OptionId { get; set; }
}

/// <summary>The six reactions a post takes, in the order the reactions bar shows them.</summary>
public static class ReactionKinds
{
    public static IReadOnlyList<(string Kind, string Emoji)> All { get; } =
        [("like", "👍"), ("love", "❤️"), ("party", "🎉"), ("laugh", "😂"), ("wow", "😮"), ("clap", "👏")];
}

/// <summary>
/// A post as the caller sees it: <c>bodyHtml</c> is the server's sanitised rendering of the Markdown <c>body</c>;
/// <c>myReactions</c> are the caller's own kinds (empty in a hub push, which is the same for everyone).
/// </summary>
public sealed record PostResponse(
    Guid Id, Guid EventId, Guid AuthorId, string? AuthorName, string Body, string BodyHtml, string? ImageFileId, DateTimeOffset PublishAt,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, bool Pinned, DateTimeOffset? PinnedAt, bool Scheduled,
    IReadOnlyList<ReactionCountResponse> Reactions, IReadOnlyList<string> MyReactions, int CommentCount);

/// <summary>How many people gave one kind of reaction; kinds nobody gave are left out.</summary>
public sealed record ReactionCountResponse(string Kind, string Emoji, int Count);

/// <summary><c>POST /api/posts/{postId}/reactions</c> and its DELETE: the counts after the change, with the caller's own kinds.</summary>
public sealed record PostReactionsResponse(Guid PostId, IReadOnlyList<ReactionCountResponse> Reactions, IReadOnlyList<string> MyReactions);

/// <summary>A comment; hidden ones reach only staff and their author.</summary>
public sealed record CommentResponse(Guid Id, Guid PostId, Guid EventId, Guid AuthorId, string? AuthorName, string Body, DateTimeOffset CreatedAt, bool Hidden);

/// <summary><c>GET /api/events/{eventId}/feed</c>: a page of posts (pinned first, then newest) with the event's polls and quizzes (newest first).</summary>
public sealed record FeedResponse(IReadOnlyList<PostResponse> Items, int Total, IReadOnlyList<PollResponse> Polls, IReadOnlyList<QuizResponse> Quizzes);

/// <summary>
/// A question as the caller sees it: an anonymous question's author only for staff and the author; <c>votedByMe</c> and
/// <c>mine</c> are the caller's (false in a hub push).
/// </summary>
public sealed record QuestionResponse(
    Guid Id, Guid EventId, string Text, int Votes, QuestionState Status, bool Anonymous, Guid? AuthorId, string? AuthorName, DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt, bool VotedByMe, bool Mine);

/// <summary><c>GET /api/events/{eventId}/qa-settings</c>.</summary>
public sealed record QaSettingsResponse(Guid EventId, bool ModerationOn);

/// <summary>
/// A poll as the caller sees it: option votes and <c>totalVotes</c> are null while the caller may not see results;
/// <c>myChoice</c> is the caller's ballot (null before they vote).
/// </summary>
public sealed record PollResponse(
    Guid Id, Guid EventId, string Question, IReadOnlyList<PollOptionResponse> Options, bool Multiple, DateTimeOffset? ClosesAt, PollState Status,
    PollResultsVisibility ResultsVisibility, bool ResultsVisible, int? TotalVotes, IReadOnlyList<Guid>? MyChoice, DateTimeOffset CreatedAt);

public sealed record PollOptionResponse(Guid Id, string Text, int? Votes);

/// <summary>
/// <c>GET /api/polls/{pollId}/results</c> and the hub's <c>PollResultsUpdated</c>: <c>totalVotes</c> counts people (ballots);
/// while <c>resultsVisible</c> is false every count is zero.
/// </summary>
public sealed record PollResultsResponse(
    Guid PollId, PollState Status, DateTimeOffset? ClosesAt, bool Multiple, bool ResultsVisible, int TotalVotes, IReadOnlyList<PollOptionResultResponse> Options);

public sealed record PollOptionResultResponse(Guid Id, string Text, int Votes);

/// <summary>A quiz; <c>questions</c> (with their correct options) only for staff, empty for the audience.</summary>
public sealed record QuizResponse(
    Guid Id, Guid EventId, string Title, QuizState Status, int QuestionCount, int? CurrentQuestionNumber, DateTimeOffset CreatedAt,
    IReadOnlyList<QuizQuestionResponse> Questions);

public sealed record QuizQuestionResponse(Guid Id, int Number, string Text, IReadOnlyList<QuizOptionResponse> Options, Guid CorrectOptionId, int TimeLimitSeconds);

public sealed record QuizOptionResponse(Guid Id, string Text);

/// <summary>An open question as players see it (never its correct option); answers are taken until <c>closesAt</c> on the server's clock.</summary>
public sealed record LiveQuizQuestionResponse(
    Guid Id, int Number, int QuestionCount, string Text, IReadOnlyList<QuizOptionResponse> Options, int TimeLimitSeconds, DateTimeOffset OpenedAt,
    DateTimeOffset ClosesAt);

/// <summary>A revealed question: its correct option and how many chose each option.</summary>
public sealed record QuizRevealResponse(Guid QuestionId, Guid CorrectOptionId, IReadOnlyList<QuizOptionCountResponse> Distribution);

public sealed record QuizOptionCountResponse(Guid OptionId, int Answers);

/// <summary>
/// <c>GET /api/quizzes/{quizId}/state</c> (and the answer of <c>/next</c>, <c>/reveal</c>): what a player joining now needs.
/// <c>remaining</c> is the time left on the server's clock when it answered; <c>myAnswerOptionId</c> the caller's choice
/// for the current question.
/// </summary>
public sealed record QuizSnapshotResponse(
    Guid QuizId, Guid EventId, string Title, QuizState Status, int QuestionCount, QuizQuestionPhase? Phase, LiveQuizQuestionResponse? Question,
    TimeSpan? Remaining, QuizRevealResponse? Reveal, IReadOnlyList<LeaderboardEntryResponse> Top, LeaderboardEntryResponse? Me, Guid? MyAnswerOptionId);

/// <summary><c>POST /api/quizzes/{quizId}/answers</c>: points include the streak <c>bonus</c>.</summary>
public sealed record QuizAnswerResultResponse(Guid QuestionId, bool Correct, int Points, int Bonus, int Streak);

/// <summary>A place on a quiz's leaderboard; equal points share a rank.</summary>
public sealed record LeaderboardEntryResponse(int Rank, Guid UserId, string? DisplayName, int Points);

/// <summary>The hub's answer to <c>JoinEvent</c>: the caller's place in the event's live channel.</summary>
public sealed record EngagementParticipantResponse(Guid EventId, Guid UserId, EngagementRole Role, bool CanModerate, bool Muted)
{
    public bool IsStaff => Role == EngagementRole.Staff;
}

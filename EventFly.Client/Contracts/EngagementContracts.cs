using System.ComponentModel.DataAnnotations;

namespace EventFly.Client.Contracts;

/// <summary><c>POST /api/events/{eventId}/posts</c>, <c>PUT /api/posts/{postId}</c>: Markdown; <c>publishAt</c> in the future schedules it.</summary>
public sealed class PostRequest
{
    [Required(ErrorMessage = "Write something."), StringLength(10_000, ErrorMessage = "A post has at most 10,000 characters.")]
    public string Body { get; set; } = "";

    [StringLength(300)]
    public string? ImageFileId { get; set; }

    public DateTimeOffset? PublishAt { get; set; }
}

/// <summary><c>POST /api/posts/{postId}/comments</c>.</summary>
public sealed class CommentRequest
{
    [Required(ErrorMessage = "Write something."), StringLength(2_000, ErrorMessage = "A comment has at most 2,000 characters.")]
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
    [Required(ErrorMessage = "Ask something."), StringLength(2_000, ErrorMessage = "A question has at most 2,000 characters.")]
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
    [Required(ErrorMessage = "Ask a question."), StringLength(500)]
    public string Question { get; set; } = "";

    [Required, MinLength(2, ErrorMessage = "A poll has 2 to 10 options."), MaxLength(10, ErrorMessage = "A poll has 2 to 10 options.")]
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
    [Required, MinLength(1, ErrorMessage = "Choose an option."), MaxLength(10)]
    public List<Guid> OptionIds { get; set; } = [];
}

/// <summary><c>POST /api/events/{eventId}/quizzes</c>.</summary>
public sealed class QuizRequest
{
    [Required(ErrorMessage = "Give the quiz a title."), StringLength(150)]
    public string Title { get; set; } = "";

    [Required, MinLength(1, ErrorMessage = "A quiz has 1 to 50 questions."), MaxLength(50, ErrorMessage = "A quiz has 1 to 50 questions.")]
    public List<QuizQuestionRequest> Questions { get; set; } = [];
}

public sealed class QuizQuestionRequest
{
    [Required, StringLength(500)]
    public string Text { get; set; } = "";

    [Required, MinLength(2, ErrorMessage = "A question has 2 to 6 options."), MaxLength(6, ErrorMessage = "A question has 2 to 6 options.")]
    public List<string> Options { get; set; } = [];

    [Range(0, 5)]
    public int CorrectOptionIndex { get; set; }

    [Range(5, 120, ErrorMessage = "The time limit is 5 to 120 seconds.")]
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

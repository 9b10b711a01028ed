namespace EventFly.Domain.Engagement;

/// <summary>Every code the Engagement context raises; the web layer sends it as the ProblemDetails <c>code</c>.</summary>
public static class EngagementErrors
{
    // Texts (validation: the web answers 400)
    public const string BodyRequired = "body_required";
    public const string BodyTooLong = "body_too_long";
    public const string TextRequired = "text_required";
    public const string TextTooLong = "text_too_long";
    public const string InvalidImage = "invalid_image";

    // Who may take part
    public const string NotAParticipant = "not_a_participant";

    // Feed
    public const string PublishAtInPast = "publish_at_in_past";
    public const string PostAlreadyPublished = "post_already_published";
    public const string UnknownPost = "unknown_post";
    public const string UnknownComment = "unknown_comment";
    public const string CommentDeleted = "comment_deleted";
    public const string UnknownReaction = "unknown_reaction";
    public const string Muted = "muted";
    public const string CannotMuteSelf = "cannot_mute_self";

    // Q&A
    public const string UnknownQuestion = "unknown_question";
    public const string QuestionNotVisible = "question_not_visible";
    public const string CannotUpvoteOwnQuestion = "cannot_upvote_own_question";
    public const string AlreadyUpvoted = "already_upvoted";

    // Polls
    public const string UnknownPoll = "unknown_poll";
    public const string InvalidOptionCount = "invalid_option_count";
    public const string DuplicateOption = "duplicate_option";
    public const string ClosesAtInPast = "closes_at_in_past";
    public const string PollNotOpen = "poll_not_open";
    public const string PollClosed = "poll_closed";
    public const string AlreadyVoted = "already_voted";
    public const string UnknownOption = "unknown_option";
    public const string InvalidChoice = "invalid_choice";

    // Quizzes
    public const string UnknownQuiz = "unknown_quiz";
    public const string InvalidQuestionCount = "invalid_question_count";
    public const string InvalidCorrectOption = "invalid_correct_option";
    public const string InvalidTimeLimit = "invalid_time_limit";
    public const string QuizNotDraft = "quiz_not_draft";
    public const string QuizNotRunning = "quiz_not_running";
    public const string QuestionNotRevealed = "question_not_revealed";
    public const string NoMoreQuestions = "no_more_questions";
    public const string QuestionNotOpen = "question_not_open";
    public const string AnswerTooLate = "answer_too_late";
    public const string AlreadyAnswered = "already_answered";
    public const string UnknownQuizQuestion = "unknown_quiz_question";
}

using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// A live, timed quiz: edited as a draft, then run by a host who opens the questions one by one. Each open question
/// takes answers for its time limit (server clock); then it is revealed (correct option, distribution, leaderboard),
/// by the timer or early by the host, before the next may open. Finishing leaves the podium.
/// </summary>
public sealed class Quiz : Entity<Guid>
{
    public const int MinQuestions = 1;
    public const int MaxQuestions = 50;
    public const int MaxTitleLength = 150;

    private readonly List<QuizQuestion> _questions = [];

    private Quiz()
    {
        Title = "";
    }

    public Guid EventId { get; private set; }

    public string Title { get; private set; }

    /// <summary>In quiz order (whatever order the rows were loaded in).</summary>
    public IReadOnlyList<QuizQuestion> Questions => [.. _questions.OrderBy(q => q.Position)];

    public QuizStatus Status { get; private set; }

    /// <summary>The <see cref="QuizQuestion.Position"/> of the question last opened; null until the first opens.</summary>
    public int? CurrentQuestionIndex { get; private set; }

    public DateTimeOffset? QuestionOpenedAt { get; private set; }

    public DateTimeOffset? QuestionRevealedAt { get; private set; }

    /// <summary>Null until the first question opens.</summary>
    public QuizQuestionState? QuestionState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public QuizQuestion? CurrentQuestion => CurrentQuestionIndex is { } index ? _questions.Single(q => q.Position == index) : null;

    public bool HasNextQuestion => (CurrentQuestionIndex ?? -1) + 1 < _questions.Count;

    public static Quiz Create(Guid eventId, string title, IReadOnlyList<QuizQuestionSpec> questions, DateTimeOffset now)
    {
        var quiz = new Quiz { Id = Guid.CreateVersion7(now), EventId = eventId, Status = QuizStatus.Draft, CreatedAt = now };
        quiz.Apply(title, questions, now);
        return quiz;
    }

    /// <summary>Replaces the title and every question; only a draft may change.</summary>
    public void Edit(string title, IReadOnlyList<QuizQuestionSpec> questions, DateTimeOffset now)
    {
        if (Status != QuizStatus.Draft) throw new DomainException(EngagementErrors.QuizNotDraft, "A quiz that has started cannot be edited.");
        Apply(title, questions, now);
    }

    /// <summary>Opens the lobby: players may join; the first question opens with <see cref="OpenNextQuestion"/>.</summary>
    public void Start(DateTimeOffset now)
    {
        if (Status != QuizStatus.Draft) throw new DomainException(EngagementErrors.QuizNotDraft, "This quiz has already started.");
        Status = QuizStatus.Running;
        StartedAt = now;
    }

    public void OpenNextQuestion(DateTimeOffset now)
    {
        EnsureRunning();
        if (QuestionState == QuizQuestionState.Open)
            throw new DomainException(EngagementErrors.QuestionNotRevealed, "Reveal the current question before opening the next.");
        if (!HasNextQuestion) throw new DomainException(EngagementErrors.NoMoreQuestions, "That was the last question; finish the quiz.");
        CurrentQuestionIndex = (CurrentQuestionIndex ?? -1) + 1;
        QuestionOpenedAt = now;
        QuestionRevealedAt = null;
        QuestionState = QuizQuestionState.Open;
    }

    /// <summary>
    /// Ends answering for the current question and shows its result: by the timer once the limit has passed, or early by
    /// the host. Revealing a revealed question changes nothing (both may try).
    /// </summary>
    /// <returns>Whether this call revealed it.</returns>
    public bool RevealCurrent(DateTimeOffset now)
    {
        EnsureRunning();
        if (QuestionState is null) throw new DomainException(EngagementErrors.QuestionNotOpen, "No question has been opened yet.");
        if (QuestionState == QuizQuestionState.Revealed) return false;
        QuestionState = QuizQuestionState.Revealed;
        QuestionRevealedAt = now;
        return true;
    }

    /// <summary>Ends the quiz (a question still open is revealed); finishing a finished quiz changes nothing.</summary>
    public void Finish(DateTimeOffset now)
    {
        if (Status == QuizStatus.Finished) return;
        EnsureRunning();
        if (QuestionState == QuizQuestionState.Open)
        {
            QuestionState = QuizQuestionState.Revealed;
            QuestionRevealedAt = now;
        }
        Status = QuizStatus.Finished;
        FinishedAt = now;
    }

    /// <summary>How long the open question still takes answers (zero once its limit has passed); null when none is open.</summary>
    public TimeSpan? RemainingTime(DateTimeOffset now)
    {
        if (Status != QuizStatus.Running || QuestionState != QuizQuestionState.Open || CurrentQuestion is not { } question) return null;
        var left = QuestionOpenedAt!.Value + question.TimeLimit - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <param name="streakBefore">The player's <see cref="QuizAnswer.Streak"/> on the previous question; 0 if they missed it.</param>
    /// <param name="alreadyAnswered">Whether the caller knows of the player's answer; the unique (question, user) index refuses it anyway.</param>
    public QuizAnswer Answer(Guid userId, Guid questionId, int optionIndex, int streakBefore, DateTimeOffset now, bool alreadyAnswered = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(streakBefore);
        var question = _questions.FirstOrDefault(q => q.Id == questionId)
            ?? throw new NotFoundException(EngagementErrors.UnknownQuizQuestion, "That question is not part of this quiz.");
        if (Status != QuizStatus.Running || CurrentQuestionIndex != question.Position)
            throw new DomainException(EngagementErrors.QuestionNotOpen, "This question is not open.");
        var elapsed = now - QuestionOpenedAt!.Value;
        if (elapsed > question.TimeLimit) throw new DomainException(EngagementErrors.AnswerTooLate, "Time is up for this question.");
        if (QuestionState != QuizQuestionState.Open) throw new DomainException(EngagementErrors.QuestionNotOpen, "This question is not open.");
        if (alreadyAnswered) throw new DomainException(EngagementErrors.AlreadyAnswered, "You already answered this question.");
        if (optionIndex < 0 || optionIndex >= question.OptionCount)
            throw new NotFoundException(EngagementErrors.UnknownOption, "That option is not part of this question.");
        if (elapsed < TimeSpan.Zero) elapsed = TimeSpan.Zero;
        var score = QuizScoring.Score(optionIndex == question.CorrectOption, elapsed, question.TimeLimit, streakBefore);
        return new QuizAnswer(Id, question.Id, userId, optionIndex, elapsed, score, now);
    }

    private void Apply(string title, IReadOnlyList<QuizQuestionSpec> questions, DateTimeOffset now)
    {
        var text = EngagementText.Label(title, MaxTitleLength, "quiz title");
        if (questions is null || questions.Count is < MinQuestions or > MaxQuestions)
            throw new DomainException(EngagementErrors.InvalidQuestionCount, $"A quiz has between {MinQuestions} and {MaxQuestions} questions.");
        var built = questions.Select((spec, i) => QuizQuestion.Create(Id, i, spec, now)).ToList();
        Title = text;
        _questions.Clear();
        _questions.AddRange(built);
    }

    private void EnsureRunning()
    {
        if (Status != QuizStatus.Running) throw new DomainException(EngagementErrors.QuizNotRunning, "This quiz is not running.");
    }
}

using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>One round of a quiz: a text, 2–6 options of which exactly one is correct, and a time limit of 5–120 seconds.</summary>
public sealed class QuizQuestion : Entity<Guid>
{
    public const int MinOptions = 2;
    public const int MaxOptions = 6;
    public const int MaxTextLength = 500;
    public const int MaxOptionLength = 200;
    public const int MinTimeLimitSeconds = 5;
    public const int MaxTimeLimitSeconds = 120;

    private readonly List<QuizOption> _options = [];

    private QuizQuestion()
    {
        Text = "";
    }

    public Guid QuizId { get; private set; }

    /// <summary>0-based order in the quiz.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }

    /// <summary>In display order (whatever order the rows were loaded in).</summary>
    public IReadOnlyList<QuizOption> Options => [.. _options.OrderBy(o => o.Position)];

    /// <summary>The 0-based index (<see cref="QuizOption.Position"/>) of the correct option.</summary>
    public int CorrectOption { get; private set; }

    public int TimeLimitSeconds { get; private set; }

    public TimeSpan TimeLimit => TimeSpan.FromSeconds(TimeLimitSeconds);

    public Guid CorrectOptionId => _options.Single(o => o.Position == CorrectOption).Id;

    public int OptionCount => _options.Count;

    /// <summary>The index of an option given by id, as clients send it.</summary>
    public int IndexOf(Guid optionId) =>
        _options.FirstOrDefault(o => o.Id == optionId)?.Position
        ?? throw new NotFoundException(EngagementErrors.UnknownOption, "That option is not part of this question.");

    internal static QuizQuestion Create(Guid quizId, int position, QuizQuestionSpec spec, DateTimeOffset now)
    {
        var text = EngagementText.Label(spec.Text, MaxTextLength, "quiz question");
        var labels = EngagementText.Options(spec.Options, MinOptions, MaxOptions, MaxOptionLength);
        if (spec.CorrectOption < 0 || spec.CorrectOption >= labels.Count)
            throw new DomainException(EngagementErrors.InvalidCorrectOption, "Mark exactly one of the options as correct.");
        if (spec.TimeLimitSeconds is < MinTimeLimitSeconds or > MaxTimeLimitSeconds)
            throw new DomainException(EngagementErrors.InvalidTimeLimit, $"A time limit is between {MinTimeLimitSeconds} and {MaxTimeLimitSeconds} seconds.");
        var question = new QuizQuestion
        {
            Id = Guid.CreateVersion7(now), QuizId = quizId, Position = position, Text = text, CorrectOption = spec.CorrectOption,
            TimeLimitSeconds = spec.TimeLimitSeconds,
        };
        for (var i = 0; i < labels.Count; i++) question._options.Add(new QuizOption(Guid.CreateVersion7(now), question.Id, labels[i], i));
        return question;
    }
}

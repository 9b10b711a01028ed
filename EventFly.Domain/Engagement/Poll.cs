using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>
/// A question with 2–10 options that the audience votes on, once each: a draft until staff open it, then open until
/// closed by hand or by its close time. The vote counts (<see cref="PollOption.Votes"/>, <see cref="BallotCount"/>) are
/// kept by atomic database updates when a <see cref="Ballot"/> is stored; the poll checks a ballot without holding the
/// others.
/// </summary>
public sealed class Poll : Entity<Guid>
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;
    public const int MaxQuestionLength = 500;
    public const int MaxOptionLength = 200;

    private readonly List<PollOption> _options = [];

    private Poll()
    {
        Question = "";
    }

    public Guid EventId { get; private set; }

    public string Question { get; private set; }

    /// <summary>In display order (whatever order the rows were loaded in).</summary>
    public IReadOnlyList<PollOption> Options => [.. _options.OrderBy(o => o.Position)];

    /// <summary>Multiple choice: one or more distinct options per ballot; single choice: exactly one.</summary>
    public bool Multiple { get; private set; }

    public DateTimeOffset? ClosesAt { get; private set; }

    public ResultsVisibility ResultsVisibility { get; private set; }

    public PollStatus Status { get; private set; }

    /// <summary>How many people voted (on a multiple-choice poll, fewer than the option votes together).</summary>
    public int BallotCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>When it stopped taking ballots: the close time if that came first, else when it was closed by hand.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public static Poll Create(
        Guid eventId, string question, IReadOnlyList<string> options, bool multiple, DateTimeOffset? closesAt, ResultsVisibility resultsVisibility,
        DateTimeOffset now)
    {
        var text = EngagementText.Label(question, MaxQuestionLength, "poll question");
        var labels = EngagementText.Options(options, MinOptions, MaxOptions, MaxOptionLength);
        EnsureFuture(closesAt, now);
        var poll = new Poll
        {
            Id = Guid.CreateVersion7(now), EventId = eventId, Question = text, Multiple = multiple, ClosesAt = closesAt,
            ResultsVisibility = resultsVisibility, Status = PollStatus.Draft, CreatedAt = now,
        };
        for (var i = 0; i < labels.Count; i++) poll._options.Add(new PollOption(Guid.CreateVersion7(now), poll.Id, labels[i], i));
        return poll;
    }

    public void Open(DateTimeOffset now)
    {
        if (Status == PollStatus.Open) return;
        if (Status == PollStatus.Closed) throw new DomainException(EngagementErrors.PollClosed, "This poll is closed.");
        EnsureFuture(ClosesAt, now);
        Status = PollStatus.Open;
        OpenedAt = now;
    }

    /// <summary>Closing a closed poll changes nothing (the host and the close-time job may both try).</summary>
    public void Close(DateTimeOffset now)
    {
        if (Status == PollStatus.Closed) return;
        if (Status == PollStatus.Draft) throw new DomainException(EngagementErrors.PollNotOpen, "This poll was never opened.");
        Status = PollStatus.Closed;
        ClosedAt = ClosesAt is { } at && at < now ? at : now;
    }

    /// <summary>Open and before its close time; a poll past its close time takes no ballot even before the job closes it.</summary>
    public bool IsOpen(DateTimeOffset now) => Status == PollStatus.Open && !(ClosesAt <= now);

    public bool IsClosed(DateTimeOffset now) => Status == PollStatus.Closed || (Status == PollStatus.Open && ClosesAt <= now);

    /// <param name="alreadyVoted">Whether the caller knows of the user's ballot; the unique (poll, user) index refuses it anyway.</param>
    public Ballot CastBallot(Guid userId, IReadOnlyCollection<Guid> optionIds, DateTimeOffset now, bool alreadyVoted = false)
    {
        if (IsClosed(now)) throw new DomainException(EngagementErrors.PollClosed, "This poll is closed.");
        if (!IsOpen(now)) throw new DomainException(EngagementErrors.PollNotOpen, "This poll is not open yet.");
        if (alreadyVoted) throw new DomainException(EngagementErrors.AlreadyVoted, "You already voted in this poll.");
        var ids = optionIds ?? [];
        if (ids.Any(id => _options.All(o => o.Id != id)))
            throw new NotFoundException(EngagementErrors.UnknownOption, "That option is not part of this poll.");
        if (ids.Count == 0 || ids.Distinct().Count() != ids.Count || (!Multiple && ids.Count != 1))
            throw new DomainException(EngagementErrors.InvalidChoice, Multiple ? "Choose one or more different options." : "Choose exactly one option.");
        var chosen = Options.Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToList();
        return new Ballot(Id, userId, chosen, now);
    }

    /// <summary>Staff always see the results; the audience while the poll runs (Live) or once it has closed (AfterClose).</summary>
    public bool ShowsResultsTo(bool isStaff, DateTimeOffset now) =>
        isStaff || (Status != PollStatus.Draft && (ResultsVisibility == ResultsVisibility.Live || IsClosed(now)));

    private static void EnsureFuture(DateTimeOffset? closesAt, DateTimeOffset now)
    {
        if (closesAt <= now) throw new DomainException(EngagementErrors.ClosesAtInPast, "A poll must close in the future.");
    }
}

using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The poll builder's fields, checked as the server checks them; the close time is in the event's time zone.</summary>
public sealed class PollForm
{
    public string Question { get; set; } = "";

    public List<OptionLine> Options { get; } = [new(), new()];

    public bool Multiple { get; set; }

    public bool CloseLater { get; set; }

    public DateTime? ClosesAtLocal { get; set; }

    public bool ResultsAfterClose { get; set; }

    public bool SaveAsDraft { get; set; }

    public string? QuestionError =>
        Question.Trim().Length == 0 ? "Write the question."
        : Question.Trim().Length > Poll.MaxQuestionLength ? $"At most {Poll.MaxQuestionLength} characters."
        : null;

    public string? ClosesAtError(TimeZoneInfo zone, DateTimeOffset now) =>
        !CloseLater ? null
        : ClosesAtLocal is null ? "Choose when the poll closes."
        : ClosesAt(zone) <= now ? "Choose a time in the future."
        : null;

    public bool IsValid(TimeZoneInfo zone, DateTimeOffset now) =>
        QuestionError is null && Options.Count is >= Poll.MinOptions and <= Poll.MaxOptions
        && OptionLine.AllValid(Options, Poll.MaxOptionLength) && ClosesAtError(zone, now) is null;

    public DateTimeOffset? ClosesAt(TimeZoneInfo zone) =>
        CloseLater && ClosesAtLocal is { } local
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone))
            : null;

    public PollDraft ToDraft(TimeZoneInfo zone) =>
        new(Question.Trim(), [.. Options.Select(o => o.Text.Trim())], Multiple, ClosesAt(zone),
            ResultsAfterClose ? PollResultsVisibility.AfterClose : PollResultsVisibility.Live, SaveAsDraft);
}

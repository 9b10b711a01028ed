using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The event's Q&amp;A for its staff: every question with its real author, and the moderation buttons.</summary>
public sealed partial class QuestionsTab
{
    private const int PageSize = 100;

    [Inject(Key = PerCallScope.Key)] private IQuestionService Questions { get; set; } = default!;

    private Page<QuestionView> _page = new([], 0);
    private QuestionSort _sort = QuestionSort.Votes;
    private const string All = "all";
    private string _filter = All;
    private int _pageNumber = 1;
    private bool _moderationOn;

    private IEnumerable<QuestionView> Shown => _page.Items.Where(q => _filter == All || q.Status.ToString() == _filter);

    protected override async Task LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var settings = await Questions.GetSettingsAsync(actor, Event.Id, cancellationToken);
        _page = await Questions.ListAsync(actor, Event.Id, _sort, _pageNumber, PageSize, cancellationToken);
        _moderationOn = settings.ModerationOn;
    }

    private static string Label(QuestionState state) => state switch
    {
        QuestionState.Pending => "Awaiting approval",
        QuestionState.Visible => "Visible",
        QuestionState.Answered => "Answered",
        QuestionState.Hidden => "Hidden",
    };

    private async Task SetModerationAsync(bool on) =>
        await ActAsync(actor => Questions.SetModerationAsync(actor, Event.Id, on, Aborted),
            on ? "Moderation on: new questions wait for your approval." : "Moderation off: new questions appear at once.");

    private async Task SortAsync(QuestionSort sort)
    {
        (_sort, _pageNumber) = (sort, 1);
        await ReloadAsync();
    }

    private void FilterChanged(string? filter) => _filter = filter ?? All;

    private async Task PageAsync(int page)
    {
        _pageNumber = page;
        await ReloadAsync();
    }

    private async Task ApproveAsync(QuestionView question) =>
        await ActAsync(actor => Questions.ApproveAsync(actor, question.Id, Aborted), question.Status == QuestionState.Pending ? "Approved: everyone sees it." : "Shown again.");

    private async Task AnsweredAsync(QuestionView question) =>
        await ActAsync(actor => Questions.MarkAnsweredAsync(actor, question.Id, Aborted), "Marked answered.");

    private async Task HideAsync(QuestionView question) =>
        await ActAsync(actor => Questions.HideAsync(actor, question.Id, Aborted), "Hidden from participants.");
}

using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Pages;

/// <summary>
/// A quiz on the big screen, run by its host: the question and countdown, the reveal with how many chose what, the
/// leaderboard after each question and the podium at the end, with Next and Reveal. Only moderators may run it (the API
/// refuses anyone else); everyone else gets a message. Pushes keep it in step when the server reveals at the time limit.
/// </summary>
public partial class HostScreen
{
    private LiveEventState? _state;
    private ILiveChannel? _channel;
    private QuizResponse? _quiz;
    private string? _refusal;
    private string? _error;
    private bool _busy;
    private Guid _loadedFor;

    [Inject] private ILiveApi Api { get; set; } = null!;

    [Inject] private ILiveChannelFactory Channels { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Parameter] public Guid EventId { get; set; }

    [Parameter] public Guid QuizId { get; set; }

    private QuizSnapshotResponse? Snapshot => _state?.Quiz;

    /// <summary>The live page on the quiz tab, for the players' phones.</summary>
    private string JoinUrl => Navigation.ToAbsoluteUri($"/events/{EventId}/live?tab=quiz").ToString();

    private string JoinUrlText => JoinUrl.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);

    /// <summary>For E2E tests: <c>loading</c>, <c>refused</c> or <c>ready</c>.</summary>
    private string HostState => _refusal is not null ? "refused" : Snapshot is null ? "loading" : "ready";

    private string NextText => Snapshot switch
    {
        { Status: QuizState.Draft } => L["StartQuiz"],
        { Status: QuizState.Finished } => L["QuizFinished"],
        { Question: { } q } when q.Number >= q.QuestionCount => L["FinalResults"],
        _ => L["NextQuestion"],
    };

    private string StatusText => Snapshot switch
    {
        { Status: QuizState.Draft } => L["ReadyWhenYouAre"],
        { Status: QuizState.Finished } => L["QuizOver"],
        { Phase: QuizQuestionPhase.Open } => L["AnswersOpen"],
        { Phase: QuizQuestionPhase.Revealed } => L["Revealed"],
        _ => "",
    };

    protected override async Task OnParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || _loadedFor == QuizId) return;
        _loadedFor = QuizId;
        _state = new LiveEventState(EventId, new ServerClock(Time));
        var quiz = await Api.GetQuizAsync(QuizId, Aborted);
        if (quiz.Value is null)
        {
            _refusal = quiz.Code == "not_a_participant" || quiz.Status == 403 ? L["OnlyOrganizersHost"] : quiz.Error;
            return;
        }
        _quiz = quiz.Value;
        if (_quiz.EventId != EventId)
        {
            _refusal = L["QuizOfAnotherEvent"];
            return;
        }
        await ConnectAsync();
        if (_refusal is not null) return;
        await RefreshAsync();
    }

    private async Task ConnectAsync()
    {
        _channel = Channels.Create();
        _channel.QuizQuestionOpened += (quizId, question) => OnPushAsync(quizId, s => s.OpenQuestion(quizId, question));
        _channel.QuizQuestionClosed += (quizId, questionId, correct) => OnPushAsync(quizId, s => s.CloseQuestion(quizId, questionId, correct), refresh: true);
        _channel.LeaderboardUpdated += (quizId, top) => OnPushAsync(quizId, s => s.SetLeaderboard(quizId, top), refresh: true);
        _channel.Resynchronise += () => InvokeAsync(RefreshAsync);
        var joined = await _channel.ConnectAsync(EventId, Aborted);
        // The audience gets the quiz without its questions; only moderators may run it.
        if (joined.Value is { CanModerate: false } || (joined.Value is null && _channel.State == LiveConnectionState.Offline))
            _refusal = L["OnlyOrganizersHost"];
    }

    private Task OnPushAsync(Guid quizId, Action<LiveEventState> change, bool refresh = false) => InvokeAsync(async () =>
    {
        if (quizId != QuizId || _state is null) return;
        change(_state);
        StateHasChanged();
        if (refresh) await RefreshAsync();
    });

    /// <summary>The quiz's state now: the distribution after a reveal, the standings, the time left.</summary>
    private async Task RefreshAsync()
    {
        var snapshot = await Api.GetQuizStateAsync(QuizId, Aborted);
        if (snapshot.Value is { } current) _state!.SetQuiz(current);
        else _error = snapshot.Error;
        StateHasChanged();
    }

    /// <summary>The server reveals at the time limit and pushes it; should the push be lost, look a moment later.</summary>
    private async Task OnTimeUp()
    {
        await Task.Delay(1500, Aborted);
        if (Snapshot?.Phase == QuizQuestionPhase.Open) await RefreshAsync();
    }

    private Task NextAsync() => StepAsync(() => Api.NextQuizStepAsync(QuizId, Aborted));

    private Task RevealAsync() => StepAsync(() => Api.RevealQuizQuestionAsync(QuizId, Aborted));

    private async Task StepAsync(Func<Task<ApiResult<QuizSnapshotResponse>>> step)
    {
        _busy = true;
        _error = null;
        var result = await step();
        _busy = false;
        if (result.Value is { } snapshot)
        {
            _state!.SetQuiz(snapshot);
        }
        else
        {
            _error = result.Error;
            if (result.Status == 403) _refusal = L["OnlyOrganizersHost"];
            await RefreshAsync();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _channel is { } channel)
        {
            _channel = null;
            _ = channel.DisposeAsync().AsTask();
        }
        base.Dispose(disposing);
    }
}

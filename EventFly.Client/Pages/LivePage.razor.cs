using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Pages;

/// <summary>
/// An event's live channel for its participants: feed, Q&amp;A, polls and quiz in tabs. It loads only once interactive
/// (the prerendered page is a skeleton): the state comes over REST, then the hub keeps it current; after a reconnect the
/// page fetches it again, since pushes sent meanwhile are lost.
/// </summary>
public partial class LivePage
{
    private const int QuizTab = 3;
    private static readonly string[] Tabs = ["feed", "qa", "polls", "quiz"];

    private LiveEventState? _state;
    private ILiveChannel? _channel;
    private EventResponse? _event;
    private string? _loadError;
    private bool _notParticipant;
    private bool _loadingMore;
    private int _feedPage = 1;
    private int _tab;
    private string _qaSort = "votes";
    private Guid _loadedFor;
    private bool _quizRefreshPending;

    [Inject] private ILiveApi Api { get; set; } = null!;

    [Inject] private IEventsApi Events { get; set; } = null!;

    [Inject] private ILiveChannelFactory Channels { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter] public Guid EventId { get; set; }

    /// <summary>The tab to open: <c>feed</c>, <c>qa</c>, <c>polls</c> or <c>quiz</c> (the host screen's QR code opens the quiz).</summary>
    [SupplyParameterFromQuery] public string? Tab { get; set; }

    /// <summary>How long a player waits, at most, before fetching a quiz's results after a reveal: spreads the audience's requests.</summary>
    [Parameter] public TimeSpan QuizRefreshSpread { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>For E2E tests: <c>loading</c>, <c>live</c> (loaded and connected), <c>reconnecting</c>, <c>offline</c>, <c>refused</c>, <c>error</c>.</summary>
    private string PageState =>
        _notParticipant ? "refused"
        : _loadError is not null ? "error"
        : _state is null || _channel is null ? "loading"
        : _channel.State switch
        {
            LiveConnectionState.Live => "live",
            LiveConnectionState.Reconnecting => "reconnecting",
            LiveConnectionState.Connecting => "loading",
            _ => "offline",
        };

    private Color ConnectionColor => _channel?.State switch
    {
        LiveConnectionState.Live => Color.Success,
        LiveConnectionState.Reconnecting or LiveConnectionState.Connecting => Color.Warning,
        _ => Color.Default,
    };

    private string ConnectionIcon => _channel?.State == LiveConnectionState.Live ? Icons.Material.Filled.FiberManualRecord : Icons.Material.Filled.Sync;

    private string ConnectionText => _channel?.State switch
    {
        LiveConnectionState.Live => L["Live"],
        LiveConnectionState.Reconnecting => L["Reconnecting"],
        LiveConnectionState.Connecting => L["Connecting"],
        _ => L["Offline"],
    };

    protected override async Task OnParametersSetAsync()
    {
        // The prerendered page is a skeleton: the channel needs the browser (its cookie, its connection).
        if (!RendererInfo.IsInteractive || _loadedFor == EventId) return;
        _loadedFor = EventId;
        _tab = Math.Max(0, Array.IndexOf(Tabs, Tab ?? "feed"));
        await LoadAsync();
    }

    private async Task RetryAsync()
    {
        _loadError = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        await DisposeChannelAsync();
        _state = null;
        _event = (await Events.GetAsync(EventId, Aborted)).Value;
        var state = new LiveEventState(EventId, new ServerClock(Time));
        var feed = await Api.GetFeedAsync(EventId, cancellationToken: Aborted);
        if (feed.Value is null)
        {
            _notParticipant = feed.Code == "not_a_participant";
            _loadError = feed.Status == 404 ? L["NotOpen"] : feed.Error;
            return;
        }
        state.SetFeed(feed.Value);
        await LoadRestAsync(state);
        state.Changed += OnStateChanged;
        _state = state;
        _feedPage = 1;
        StateHasChanged();
        await ConnectAsync();
    }

    /// <summary>Questions, Q&amp;A settings and the featured quiz's state, next to the feed just read.</summary>
    private async Task LoadRestAsync(LiveEventState state)
    {
        var questions = Api.GetQuestionsAsync(EventId, cancellationToken: Aborted);
        var settings = Api.GetQaSettingsAsync(EventId, Aborted);
        if ((await questions).Value is { } list) state.SetQuestions(list.Items);
        if ((await settings).Value is { } qa) state.ModerationOn = qa.ModerationOn;
        if (state.FeaturedQuiz is { } quiz && (await Api.GetQuizStateAsync(quiz.Id, Aborted)).Value is { } snapshot) state.SetQuiz(snapshot);
    }

    private async Task ConnectAsync()
    {
        var channel = Channels.Create();
        _channel = channel;
        channel.StateChanged += _ => InvokeAsync(StateHasChanged);
        channel.Resynchronise += () => InvokeAsync(ResynchroniseAsync);
        channel.PostPublished += post => Apply(s => s.PutPost(post, pushed: true));
        channel.PostChanged += postId => InvokeAsync(() => ReloadPostAsync(postId));
        channel.CommentAdded += comment => Apply(s => s.AddComment(comment));
        channel.ReactionsUpdated += (postId, reactions) => Apply(s => s.SetReactions(postId, reactions));
        channel.QuestionsUpdated += question => Apply(s => s.PutQuestion(question, pushed: true));
        channel.PollResultsUpdated += (pollId, results) => InvokeAsync(() => ApplyPollResultsAsync(pollId, results));
        channel.QuizQuestionOpened += (quizId, question) => InvokeAsync(() => OpenQuizQuestionAsync(quizId, question));
        channel.QuizQuestionClosed += (quizId, questionId, correct) => Apply(s =>
        {
            s.CloseQuestion(quizId, questionId, correct);
            RefreshQuizSoon(quizId);
        });
        channel.LeaderboardUpdated += (quizId, top) => Apply(s =>
        {
            s.SetLeaderboard(quizId, top);
            RefreshQuizSoon(quizId);
        });

        var joined = await channel.ConnectAsync(EventId, Aborted);
        if (joined.Value is { } participant && _state is { } state) state.Participant = participant;
        else if (joined.Error is { } error && channel.State == LiveConnectionState.Offline)
        {
            Snackbar.Add(L["LiveUpdatesOff", error], Severity.Warning);
        }
        StateHasChanged();
    }

    private Task Apply(Action<LiveEventState> change) => InvokeAsync(() =>
    {
        if (_state is null) return;
        change(_state);
        StateHasChanged();
    });

    private void OnStateChanged() => _ = InvokeAsync(StateHasChanged);

    /// <summary>After a reconnect: everything may have changed meanwhile.</summary>
    private async Task ResynchroniseAsync()
    {
        if (_state is not { } state) return;
        // The feed's polls carry their current counts (as far as the caller may see them).
        if ((await Api.GetFeedAsync(EventId, 1, Math.Min(100, PagedQuery.DefaultPageSize * _feedPage), Aborted)).Value is { } feed) state.SetFeed(feed);
        await LoadRestAsync(state);
        if (_channel?.Participant is { } participant) state.Participant = participant;
        StateHasChanged();
    }

    private async Task LoadMorePostsAsync()
    {
        if (_state is null) return;
        _loadingMore = true;
        var next = await Api.GetFeedAsync(EventId, _feedPage + 1, cancellationToken: Aborted);
        _loadingMore = false;
        if (next.Value is { } page)
        {
            _feedPage++;
            _state.AppendPosts(page);
        }
        else
        {
            Snackbar.Add(next.Error!, Severity.Warning);
        }
    }

    private async Task ReloadPostAsync(Guid postId)
    {
        if (_state is null) return;
        var post = await Api.GetPostAsync(postId, Aborted);
        if (post.Value is { } current)
        {
            _state.PutPost(current);
            // A comment may have been hidden: the open thread is read again.
            if (_state.CommentsOf(postId) is not null && (await Api.GetCommentsAsync(postId, cancellationToken: Aborted)).Value is { } comments)
                _state.SetComments(postId, comments.Items);
        }
        else if (post.Status == 404)
        {
            _state.RemovePost(postId);
        }
        StateHasChanged();
    }

    /// <summary>A poll this page has not seen (just opened) is read first, then its counts are applied.</summary>
    private async Task ApplyPollResultsAsync(Guid pollId, PollResultsResponse results)
    {
        if (_state is null) return;
        if (!_state.Knows(pollId) && (await Api.GetPollAsync(pollId, Aborted)).Value is { } poll)
        {
            _state.PutPoll(poll);
            if (poll.Status == PollState.Open && _tab != 2) Snackbar.Add(L["NewPoll", poll.Question], Severity.Info);
        }
        _state.ApplyResults(results);
        StateHasChanged();
    }

    private async Task OpenQuizQuestionAsync(Guid quizId, LiveQuizQuestionResponse question)
    {
        if (_state is null) return;
        if (_state.Quizzes.All(q => q.Id != quizId) && (await Api.GetQuizAsync(quizId, Aborted)).Value is { } quiz)
            _state.Quizzes.Insert(0, quiz);
        _state.OpenQuestion(quizId, question);
        // A question is on: the quiz is what everyone is looking at now.
        _tab = QuizTab;
        StateHasChanged();
    }

    /// <summary>
    /// After a reveal (and at the end) the state brings how many chose what and the caller's rank. Everyone in the room
    /// gets the push at once, so each waits a random moment first: the server sees a spread, not a spike.
    /// </summary>
    private void RefreshQuizSoon(Guid quizId)
    {
        if (_quizRefreshPending) return;
        _quizRefreshPending = true;
        _ = RefreshQuizAsync(quizId);
    }

    private async Task RefreshQuizAsync(Guid quizId)
    {
        try
        {
#pragma warning disable CA5394 // Spreading requests, not security.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * QuizRefreshSpread.TotalMilliseconds), Aborted);
#pragma warning restore CA5394
            _quizRefreshPending = false;
            var snapshot = await Api.GetQuizStateAsync(quizId, Aborted);
            await InvokeAsync(() =>
            {
                if (snapshot.Value is { } current && _state is not null && (_state.Quiz is null || _state.Quiz.QuizId == quizId))
                {
                    _state.SetQuiz(current);
                    StateHasChanged();
                }
            });
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (_state is not null) _state.Changed -= OnStateChanged;
            _ = DisposeChannelAsync();
        }
        base.Dispose(disposing);
    }

    private async Task DisposeChannelAsync()
    {
        var channel = _channel;
        _channel = null;
        if (channel is not null) await channel.DisposeAsync();
    }
}

using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace EventFly.Client.Api;

/// <summary>
/// <see cref="ILiveChannel"/> over a SignalR <see cref="HubConnection"/>. In the browser the app is same-origin with the
/// API, so the negotiate request and the WebSocket carry the Identity cookie, as <see cref="HttpApi"/>'s calls do: no token
/// to pass. The enums in the pushes are snake_case strings, read by the DTOs' own converters.
/// </summary>
internal sealed partial class LiveChannel : ILiveChannel
{
    internal static readonly TimeSpan[] Backoff = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    private readonly HubConnection _hub;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _disposing = new();
    private readonly SemaphoreSlim _dispatch = new(1, 1);
    private Guid _eventId;
    private bool _retrying;
    private bool _refused;

    public LiveChannel(Uri hubUrl, ILogger<LiveChannel> logger)
    {
        _logger = logger;
        _hub = new HubConnectionBuilder()
            .WithUrl(hubUrl)
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .Build();

        _hub.On<PostResponse>("PostPublished", post => DispatchAsync(PostPublished, h => h(post)));
        _hub.On<Guid>("PostChanged", postId => DispatchAsync(PostChanged, h => h(postId)));
        _hub.On<CommentResponse>("CommentAdded", comment => DispatchAsync(CommentAdded, h => h(comment)));
        _hub.On<Guid, List<ReactionCountResponse>>("ReactionsUpdated", (postId, reactions) => DispatchAsync(ReactionsUpdated, h => h(postId, reactions)));
        _hub.On<Guid, QuestionResponse>("QuestionsUpdated", (_, question) => DispatchAsync(QuestionsUpdated, h => h(question)));
        _hub.On<Guid, PollResultsResponse>("PollResultsUpdated", (pollId, results) => DispatchAsync(PollResultsUpdated, h => h(pollId, results)));
        _hub.On<Guid, LiveQuizQuestionResponse>("QuizQuestionOpened", (quizId, question) => DispatchAsync(QuizQuestionOpened, h => h(quizId, question)));
        _hub.On<Guid, Guid, Guid>("QuizQuestionClosed", (quizId, questionId, correct) => DispatchAsync(QuizQuestionClosed, h => h(quizId, questionId, correct)));
        _hub.On<Guid, List<LeaderboardEntryResponse>>("LeaderboardUpdated", (quizId, top) => DispatchAsync(LeaderboardUpdated, h => h(quizId, top)));

        _hub.Reconnecting += _ => SetStateAsync(LiveConnectionState.Reconnecting);
        _hub.Reconnected += _ => RejoinAsync();
        // Automatic reconnection never gives up (ForeverRetryPolicy), so Closed means the server closed the connection
        // for good or it was stopped: start again unless the page has gone.
        _hub.Closed += error =>
        {
            if (_disposing.IsCancellationRequested || _refused) return Task.CompletedTask;
            _ = RetryInBackgroundAsync();
            return SetStateAsync(LiveConnectionState.Reconnecting);
        };
    }

    public LiveConnectionState State { get; private set; } = LiveConnectionState.Offline;

    public EngagementParticipantResponse? Participant { get; private set; }

    public event Func<LiveConnectionState, Task>? StateChanged;

    public event Func<Task>? Resynchronise;

    public event Func<PostResponse, Task>? PostPublished;

    public event Func<Guid, Task>? PostChanged;

    public event Func<CommentResponse, Task>? CommentAdded;

    public event Func<Guid, IReadOnlyList<ReactionCountResponse>, Task>? ReactionsUpdated;

    public event Func<QuestionResponse, Task>? QuestionsUpdated;

    public event Func<Guid, PollResultsResponse, Task>? PollResultsUpdated;

    public event Func<Guid, LiveQuizQuestionResponse, Task>? QuizQuestionOpened;

    public event Func<Guid, Guid, Guid, Task>? QuizQuestionClosed;

    public event Func<Guid, IReadOnlyList<LeaderboardEntryResponse>, Task>? LeaderboardUpdated;

    public async Task<ApiResult<EngagementParticipantResponse>> ConnectAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        _eventId = eventId;
        await SetStateAsync(LiveConnectionState.Connecting);
        try
        {
            await _hub.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or TimeoutException
                                       or InvalidOperationException)
        {
            LogConnectFailed(_logger, ex, eventId);
            _ = RetryInBackgroundAsync();
            await SetStateAsync(LiveConnectionState.Reconnecting);
            return ApiResult<EngagementParticipantResponse>.Fail("Live updates are not available right now; retrying.");
        }
        return await JoinAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested) return;
        await _disposing.CancelAsync();
        State = LiveConnectionState.Offline;
        try
        {
            await _hub.DisposeAsync();
        }
#pragma warning disable CA1031 // Leaving the page must not fail on a connection that is already broken.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogConnectFailed(_logger, ex, _eventId);
        }
        _disposing.Dispose();
        _dispatch.Dispose();
    }

    private async Task<ApiResult<EngagementParticipantResponse>> JoinAsync(CancellationToken cancellationToken)
    {
        try
        {
            Participant = await _hub.InvokeAsync<EngagementParticipantResponse>("JoinEvent", _eventId, cancellationToken);
        }
        catch (HubException ex)
        {
            // Not a participant (or the event is gone): nothing will ever arrive, so stop.
            _refused = true;
            await _hub.StopAsync(CancellationToken.None);
            await SetStateAsync(LiveConnectionState.Offline);
            return ApiResult<EngagementParticipantResponse>.Fail(ex.Message);
        }
        await SetStateAsync(LiveConnectionState.Live);
        return ApiResult<EngagementParticipantResponse>.Ok(Participant);
    }

    private async Task RejoinAsync()
    {
        try
        {
            if (!(await JoinAsync(_disposing.Token)).Succeeded) return;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }
        await DispatchAsync(Resynchronise, h => h());
    }

    /// <summary>The first connection failed or the server closed it: keep starting it again, backing off, until it joins or the page goes.</summary>
    private async Task RetryInBackgroundAsync()
    {
        if (_retrying) return;
        _retrying = true;
        try
        {
            for (var attempt = 1; !_disposing.IsCancellationRequested; attempt++)
            {
                await Task.Delay(Backoff[Math.Min(attempt, Backoff.Length - 1)], _disposing.Token);
                if (_hub.State != HubConnectionState.Disconnected) return;
                try
                {
                    await _hub.StartAsync(_disposing.Token);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or TimeoutException)
                {
                    LogConnectFailed(_logger, ex, _eventId);
                    continue;
                }
                await RejoinAsync();
                return;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The page went away.
        }
        finally
        {
            _retrying = false;
        }
    }

    private async Task SetStateAsync(LiveConnectionState state)
    {
        if (State == state) return;
        State = state;
        await DispatchAsync(StateChanged, h => h(state));
    }

    /// <summary>Runs every handler of one message, one message at a time, so a page sees pushes in the order they were sent.</summary>
    private async Task DispatchAsync<THandler>(THandler? handlers, Func<THandler, Task> invoke) where THandler : Delegate
    {
        if (handlers is null || _disposing.IsCancellationRequested) return;
        try
        {
            await _dispatch.WaitAsync(_disposing.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }
        try
        {
            foreach (var handler in handlers.GetInvocationList().Cast<THandler>())
            {
                try
                {
                    await invoke(handler);
                }
#pragma warning disable CA1031 // One failing handler must not stop the others nor the connection's receive loop.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogHandlerFailed(_logger, ex, typeof(THandler).Name);
                }
            }
        }
        finally
        {
            if (!_disposing.IsCancellationRequested) _dispatch.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live channel of event {EventId} could not connect")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, Guid eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A live update handler ({Handler}) failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler);

    /// <summary>Reconnects for as long as the page is open: 0, 2, 5, then every 10 seconds.</summary>
    internal sealed class ForeverRetryPolicy : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => Backoff[(int)Math.Min(retryContext.PreviousRetryCount, Backoff.Length - 1)];
    }
}

/// <summary>Channels to the hub of the host that served the app.</summary>
internal sealed class LiveChannelFactory(NavigationManager navigation, ILoggerFactory loggers) : ILiveChannelFactory
{
    public ILiveChannel Create() => new LiveChannel(navigation.ToAbsoluteUri("hubs/live"), loggers.CreateLogger<LiveChannel>());
}

using System.Globalization;
using EventFly.Domain.Common;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Pages.Admin;

/// <summary>The admin page's operations section (platform admins only: its page's role; the rebuild's service checks again).</summary>
public sealed partial class AdminOperations
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _aborted = new();
    private OperationsStatus? _status;
    private RecommendationModelInfo? _model;
    private RecommendationTrainingStatus _training = new(false, null, null, null, null);
    private DateTimeOffset _readAt;
    private string? _error;
    private bool _reading;
    private Task _loop = Task.CompletedTask;

    [Inject(Key = PerCallScope.Key)] private IOperationsStatusReader Operations { get; set; } = default!;

    [Inject] private IAnalyticsRebuildJob Rebuild { get; set; } = default!;

    [Inject] private IRecommendationTrainingJob Training { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IRecommendationTraining Models { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private ILogger<AdminOperations> Logger { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Prerendering renders once and throws the component away: only the interactive one keeps reading.
        if (firstRender && RendererInfo.IsInteractive) _loop = RefreshLoopAsync();
    }

    private async Task ReadAsync()
    {
        _reading = true;
        try
        {
            _status = await Operations.ReadAsync(_aborted.Token);
            _model = (await Models.ListModelsAsync(_aborted.Token)).FirstOrDefault(m => m.Current);
            _training = Training.Status;
            _readAt = Time.GetUtcNow();
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReadFailed(Logger, ex);
            _error = "The operations could not be read; trying again.";
        }
        finally
        {
            _reading = false;
        }
    }

    private async Task RebuildAsync()
    {
        if (await TryAsync(async () => Rebuild.Start(await ActorAsync()), "Analytics rebuild started.")) await ReadAsync();
    }

    private async Task TrainAsync()
    {
        if (await TryAsync(async () => Training.Start(await ActorAsync()), "Training started.")) await ReadAsync();
    }

    private string ModelState() => _model is { } m
        ? string.Create(CultureInfo.InvariantCulture,
            $"Model {m.Version}, trained {When(m.TrainedAt)} UTC on {m.Users:N0} people ({m.Interactions:N0} interactions): NDCG@10 {m.Ndcg10:F2} on held-out people.")
        : "No model yet: the cold-start blend (interests, distance, popularity) ranks.";

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_aborted.Token))
            {
                await InvokeAsync(async () =>
                {
                    if (_reading) return;
                    await ReadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between two ticks.
        }
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalSeconds: < 1 } => "under a second",
        { TotalMinutes: < 1 } => $"{age.TotalSeconds:N0} s",
        { TotalHours: < 1 } => $"{age.TotalMinutes:N0} min",
        _ => $"{age.TotalHours:N1} h",
    };

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string When(DateTimeOffset? at) => at?.ToString("d MMM HH:mm:ss", CultureInfo.InvariantCulture) ?? "—";

    private static string MessagingState(MessagingStatus messaging) => messaging switch
    {
        { Transport: MessagingStatus.InProcess } => "Delivered in process to each subscribing context; a message that fails every attempt stays in the outbox (given up).",
        { Connected: false } => "NATS JetStream: the broker does not answer; the outbox keeps the events until it does.",
        { DeadLetters: 0 } => "NATS JetStream: no dead letters.",
        _ => string.Create(CultureInfo.InvariantCulture, $"NATS JetStream: {messaging.DeadLetters:N0} dead letter(s), the latest below."),
    };

    private static string RebuildState(RebuildStatus rebuild) => rebuild switch
    {
        { Running: true } => $"Running since {When(rebuild.StartedAt)} UTC.",
        { Error: { } error } => $"The last rebuild failed at {When(rebuild.FinishedAt)} UTC: {error}",
        { LastReport: { } report } => $"Last rebuilt {When(rebuild.FinishedAt)} UTC: {report.EventsReplayed:N0} integration events in {report.Duration.TotalSeconds:N1} s.",
        _ => "Not rebuilt since this instance started.",
    };

    public async ValueTask DisposeAsync()
    {
        await _aborted.CancelAsync();
        await _loop;
        _aborted.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The operations status could not be read")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);
}

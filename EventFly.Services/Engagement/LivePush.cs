using EventFly.Services.Engagement.Contracts;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Engagement;

/// <summary>
/// Calls the live publisher after a change has committed. A push that fails is logged and dropped: the change stands and
/// clients catch up on their next read. Pushes ignore the request's cancellation (the other participants still want them).
/// </summary>
internal sealed partial class LivePush(ILiveEngagementPublisher publisher, ILogger<LivePush> logger)
{
    public async Task SendAsync(string what, Func<ILiveEngagementPublisher, CancellationToken, Task> push)
    {
        try
        {
            await push(publisher, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live push {What} failed; clients see the change on their next read")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}

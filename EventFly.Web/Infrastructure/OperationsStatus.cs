using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Hosting;
using EventFly.Services.Outbox;
using EventFly.Web.Live;

namespace EventFly.Web.Infrastructure;

/// <summary>
/// What <c>GET /api/admin/operations</c> and the admin page's operations section show: this instance's hub connections
/// and background jobs, the shared outbox's backlog (every consumer's lag, analytics included), the analytics rebuild and
/// how integration events travel (in process or NATS, with the consumers' dead letters).
/// </summary>
internal sealed record OperationsStatus(string Instance, int LiveConnections, OutboxStatus Outbox, IReadOnlyList<JobStatus> Jobs, RebuildStatus AnalyticsRebuild,
    MessagingStatus Messaging);

/// <summary>Reads <see cref="OperationsStatus"/>; platform admins only, which the route's policy and the page's role both require.</summary>
internal interface IOperationsStatusReader
{
    Task<OperationsStatus> ReadAsync(CancellationToken cancellationToken);
}

internal sealed class OperationsStatusReader(IOutboxMonitor outbox, IJobHealth jobs, LiveConnections live, IAnalyticsRebuildJob rebuild, IMessagingMonitor messaging)
    : IOperationsStatusReader
{
    public async Task<OperationsStatus> ReadAsync(CancellationToken cancellationToken) =>
        new(Environment.MachineName, live.Open, await outbox.GetStatusAsync(cancellationToken), jobs.Snapshot(), rebuild.Status,
            await messaging.GetStatusAsync(cancellationToken));
}

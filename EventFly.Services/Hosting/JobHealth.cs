using System.Collections.Concurrent;

namespace EventFly.Services.Hosting;

/// <summary>How a background job of this process last went: when it last succeeded and, if its last round failed, why.</summary>
public sealed record JobStatus(string Job, DateTimeOffset? LastSucceededAt, DateTimeOffset? LastFailedAt, string? LastError)
{
    public bool Healthy => LastFailedAt is null || LastSucceededAt > LastFailedAt;
}

/// <summary>The background jobs of this process, as the admin dashboard shows them (each container answers for itself).</summary>
public interface IJobHealth
{
    IReadOnlyList<JobStatus> Snapshot();
}

internal sealed class JobHealth : IJobHealth
{
    private readonly ConcurrentDictionary<string, JobStatus> _jobs = new();

    public IReadOnlyList<JobStatus> Snapshot() => [.. _jobs.Values.OrderBy(j => j.Job, StringComparer.Ordinal)];

    public void Succeeded(string job, DateTimeOffset at) =>
        _jobs.AddOrUpdate(job, _ => new JobStatus(job, at, null, null), (_, s) => s with { LastSucceededAt = at });

    public void Failed(string job, DateTimeOffset at, string error) =>
        _jobs.AddOrUpdate(job, _ => new JobStatus(job, null, at, error), (_, s) => s with { LastFailedAt = at, LastError = error });
}

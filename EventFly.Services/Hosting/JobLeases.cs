using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Hosting;

/// <summary>Who runs a job that only one process of the fleet may run at a time, and until when.</summary>
internal sealed class JobLease
{
    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    /// <summary>UTC; a lease past this time is free to take (its holder crashed or finished without releasing).</summary>
    public DateTime ExpiresAt { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// Leases for jobs that must not run in two processes at once (training a model): taken by one conditional update (or
/// the first insert, which the primary key lets only one process win), held until released or expired.
/// </summary>
internal sealed class JobLeases(JobLeaseData db, TimeProvider time)
{
    /// <summary>This process, as a holder: the machine (container), the process and a random part for restarts.</summary>
    public static string ThisProcess { get; } = $"{Environment.MachineName[..Math.Min(100, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Who takes leases through this instance: <see cref="ThisProcess"/> (tests play several processes).</summary>
    public string Holder { get; init; } = ThisProcess;

    /// <returns>True when this process now holds <paramref name="name"/> for <paramref name="duration"/> (also when it already did).</returns>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + duration;
        if (await db.Leases.Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == Holder))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Holder).SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1)
            return true;
        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken)) return false;
        var lease = new JobLease { Name = name, Holder = Holder, ExpiresAt = until };
        db.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process inserted it first: theirs.
            db.Entry(lease).State = EntityState.Detached;
            return false;
        }
    }

    public Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Leases.Where(l => l.Name == name && l.Holder == Holder).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }
}

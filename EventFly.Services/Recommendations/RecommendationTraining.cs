using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Hosting;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Recommendations.ReadModels;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Recommendations;

/// <summary>Trains a ranking model from people's histories and loads a stored one (the ML.NET part lives behind this seam).</summary>
internal interface IRankingTrainer
{
    TrainedModel Train(IReadOnlyList<RankingUser> users, IReadOnlyList<CandidateEvent> events, RankingContext context);

    /// <summary>A stored model; <see cref="InvalidDataException"/> when the file is not one.</summary>
    IEventRanker Load(Stream stream, string name);
}

/// <summary>A freshly trained model: its ranker, how it did on held-out people, and how to store it.</summary>
internal sealed record TrainedModel(IEventRanker Ranker, ModelMetrics Metrics, Action<Stream> Save);

/// <summary>
/// Trains on every interaction so far, stores the model as the next version under the data folder (models/) and makes
/// it the one that ranks in this process; other processes pick it up through <see cref="LoadNewestAsync"/>.
/// </summary>
internal sealed class RecommendationTraining(
    RecommendationsData db,
    IEventService events,
    ITicketCatalog tickets,
    IProfileService profiles,
    CandidateCatalog catalog,
    CurrentRanker current,
    IRankingTrainer trainer,
    DataFolder data,
    IOptions<RecommendationOptions> options,
    JobLeases leases,
    TimeProvider time) : IRecommendationTraining
{
    public const string Folder = "models";

    /// <summary>The lease that keeps two processes (workers, or a web host's "train now") from training at once.</summary>
    public const string Lease = "recommendations.training";

    /// <summary>Longer than any training (2 minutes on a million interactions); a crashed trainer's lease ends with it.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(30);

    public async Task<RecommendationModelInfo?> TrainAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(Lease, LeaseTime, cancellationToken))
            throw new InvalidOperationException("Another process is training a model right now; its model is loaded when it is done.");
        try
        {
            return await TrainHoldingLeaseAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(Lease, CancellationToken.None);
        }
    }

    private async Task<RecommendationModelInfo?> TrainHoldingLeaseAsync(CancellationToken cancellationToken)
    {
        if (await db.Interactions.Select(i => i.UserId).Distinct().CountAsync(cancellationToken) < options.Value.MinTrainingUsers) return null;
        var rows = await db.Interactions.AsNoTracking().ToListAsync(cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        var ids = rows.Select(r => r.EventId).Distinct().ToList();
        var prices = await tickets.GetMinPricesAsync(ids, cancellationToken);
        var now = time.GetUtcNow();
        var orders = rows.Where(r => r.Kind == InteractionKind.Order).ToLookup(r => r.EventId, r => r.FirstAt);
        // Popularity as people saw it when deciding, as when serving: orders in the 14 days before the event's start (or before now).
        var known = (await events.GetCatalogEntriesAsync(ids, cancellationToken)).ToDictionary(e => e.Id, e =>
        {
            var until = e.StartsAt < now ? e.StartsAt : now;
            var recentOrders = orders[e.Id].Count(at => at < until && at >= until - CandidateCatalog.RecentOrders);
            return e.ToCandidate(prices.TryGetValue(e.Id, out var p) ? p.Amount : null, recentOrders);
        });
        foreach (var item in snapshot.Items) known.TryAdd(item.Entry.Id, item.Candidate);

        // Each person as the ranker will see them when serving: where they are and what they like, from their profile.
        var people = rows.Select(r => r.UserId).Distinct().ToList();
        var tastes = await profiles.GetTastesAsync(people, cancellationToken);
        var users = rows.Where(r => known.ContainsKey(r.EventId)).GroupBy(r => r.UserId).Select(g =>
        {
            var taste = tastes.GetValueOrDefault(g.Key);
            return new RankingUser(g.Key, taste?.Location?.Latitude, taste?.Location?.Longitude, taste?.Interests ?? [],
                [.. g.Select(r => new UserInteraction(known[r.EventId], r.Kind, r.LastAt, r.Rating))]);
        }).ToList();
        var model = trainer.Train(users, [.. known.Values], snapshot.Context);

        var version = (await db.Models.MaxAsync(m => (int?)m.Version, cancellationToken) ?? 0) + 1;
        var fileName = $"recommendations-v{version}-{Guid.NewGuid():N}.zip";
        Directory.CreateDirectory(data.Resolve(Folder));
        await using (var file = File.Create(data.Resolve(Path.Combine(Folder, fileName))))
            model.Save(file);
        var m = model.Metrics;
        var stored = new RecommendationModel
        {
            Version = version, TrainedAt = time.GetUtcNow(), Users = m.TrainingUsers, Interactions = m.TrainingInteractions, Rows = m.TrainingRows,
            Ndcg10 = m.Ndcg10, Precision10 = m.Precision10, Recall10 = m.Recall10, TrainingSeconds = m.TrainingTime.TotalSeconds, FileName = fileName,
        };
        db.Models.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        current.Swap(model.Ranker, version);
        return Info(stored, version);
    }

    public async Task<IReadOnlyList<RecommendationModelInfo>> ListModelsAsync(CancellationToken cancellationToken)
    {
        var models = await db.Models.AsNoTracking().OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
        return [.. models.Select(m => Info(m, current.Version))];
    }

    /// <summary>Loads the newest stored model when it is newer than the one ranking here; a missing or corrupt file keeps the current ranker.</summary>
    public async Task<bool> LoadNewestAsync(CancellationToken cancellationToken)
    {
        var newest = await db.Models.AsNoTracking().OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (newest is null || newest.Version <= (current.Version ?? 0)) return false;
        await using var file = File.OpenRead(data.Resolve(Path.Combine(Folder, newest.FileName)));
        current.Swap(trainer.Load(file, $"model {newest.Version}"), newest.Version);
        return true;
    }

    private static RecommendationModelInfo Info(RecommendationModel m, int? current) =>
        new(m.Version, m.TrainedAt, m.Users, m.Interactions, m.Rows, m.Ndcg10, m.Precision10, m.Recall10, m.TrainingSeconds, m.Version == current);
}

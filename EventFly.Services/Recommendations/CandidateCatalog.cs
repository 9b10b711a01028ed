using EventFly.Domain.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Recommendations;

/// <summary>An upcoming public event on sale, as the catalog lists it and as the ranker sees it.</summary>
internal sealed record CatalogItem(EventCatalogEntry Entry, Money MinPrice, CandidateEvent Candidate);

/// <summary>What can be recommended at <paramref name="TakenAt"/>, and what the ranker knows beyond one person.</summary>
internal sealed record CatalogSnapshot(DateTimeOffset TakenAt, IReadOnlyList<CatalogItem> Items, RankingContext Context);

/// <summary>
/// The candidates of every recommendation, read at most once per <see cref="RecommendationOptions.CatalogMaxAgeSeconds"/>
/// (one reader at a time) and shared by all requests: ranking 10,000 events must not mean reading them per request. A
/// new event shows up within that time.
/// </summary>
internal sealed class CandidateCatalog(IServiceScopeFactory scopes, IOptions<RecommendationOptions> options, TimeProvider time) : IDisposable
{

    /// <summary>Orders this recent count towards an event's popularity.</summary>
    public static readonly TimeSpan RecentOrders = TimeSpan.FromDays(14);

    /// <summary>A person's bookings this recent tie events together ("popular with people who booked …"); at most this many per person.</summary>
    private static readonly TimeSpan CoBookingWindow = TimeSpan.FromDays(365);
    private const int MaxBookingsPerPerson = 50;

    private readonly SemaphoreSlim _reading = new(1, 1);
    private CatalogSnapshot? _snapshot;

    public async Task<CatalogSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_snapshot) is { } fresh) return fresh;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            return Fresh(_snapshot) ?? (_snapshot = await ReadAsync(cancellationToken));
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>Forgets the snapshot (tests, and after demo data): the next request reads afresh.</summary>
    public void Invalidate() => _snapshot = null;

    public void Dispose() => _reading.Dispose();

    private CatalogSnapshot? Fresh(CatalogSnapshot? snapshot) => snapshot is not null && time.GetUtcNow() - snapshot.TakenAt < TimeSpan.FromSeconds(options.Value.CatalogMaxAgeSeconds) ? snapshot : null;

    private async Task<CatalogSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<IEventService>().ListUpcomingPublicAsync(now, cancellationToken);
        var prices = await scope.ServiceProvider.GetRequiredService<ITicketCatalog>().GetOnSalePricesAsync(now, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<RecommendationsData>();
        var since = now - CoBookingWindow;
        var bookings = await db.Interactions.AsNoTracking().Where(i => i.Kind == InteractionKind.Order && i.FirstAt >= since)
            .Select(i => new { i.UserId, i.EventId, i.FirstAt }).ToListAsync(cancellationToken);

        var recent = bookings.Where(b => b.FirstAt >= now - RecentOrders).GroupBy(b => b.EventId).ToDictionary(g => g.Key, g => g.Count());
        var items = events.Where(e => prices.ContainsKey(e.Id))
            .Select(e => new CatalogItem(e, prices[e.Id], e.ToCandidate(prices[e.Id].Amount, recent.GetValueOrDefault(e.Id)))).ToList();

        var onOffer = items.Select(i => i.Entry.Id).ToHashSet();
        var together = new Dictionary<Guid, Dictionary<Guid, int>>();
        foreach (var person in bookings.GroupBy(b => b.UserId))
        {
            var booked = person.OrderByDescending(b => b.FirstAt).Take(MaxBookingsPerPerson).Select(b => b.EventId).ToList();
            foreach (var a in booked)
            foreach (var b in booked.Where(b => b != a && onOffer.Contains(b)))
            {
                var row = together.TryGetValue(a, out var found) ? found : together[a] = [];
                row[b] = row.GetValueOrDefault(b) + 1;
            }
        }
        var context = new RankingContext(now, together.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<Guid, int>)p.Value));
        return new CatalogSnapshot(now, items, context);
    }
}

internal static class CatalogEntryExtensions
{
    /// <summary>The event as the ranker sees it (<paramref name="minPrice"/> null when nothing is on offer).</summary>
    public static CandidateEvent ToCandidate(this EventCatalogEntry e, decimal? minPrice, int recentOrders) =>
        new(e.Id, e.OrganizationId, e.Name, e.Description, e.Category, e.Tags, e.Location?.Latitude, e.Location?.Longitude, e.IsOnline, e.StartsAt, e.TimeZone,
            minPrice, recentOrders);
}

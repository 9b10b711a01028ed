using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Recommendations;

internal sealed class RecommendationService(
    CandidateCatalog catalog,
    CurrentRanker ranker,
    RecommendationsData db,
    InteractionLog log,
    IProfileService profiles,
    IEventService events,
    ITicketCatalog tickets,
    TimeProvider time) : IRecommendationService
{
    /// <summary>
    /// Candidates come from the nearest of these circles (km) that holds enough of them, online events always; without
    /// a location, from everywhere.
    /// </summary>
    private static readonly double[] Radii = [25, 50, 100, 250, 500];

    /// <summary>Enough candidates for the ranker to choose from: this many times what is asked for, and at least <see cref="MinCandidates"/>.</summary>
    private const int CandidatesPerResult = 3;
    private const int MinCandidates = 30;

    public async Task<IReadOnlyList<Recommendation>> GetForUserAsync(Actor actor, RecommendationRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to get recommendations.");
        var snapshot = await catalog.GetAsync(cancellationToken);
        var taste = await profiles.GetTasteAsync(actor.UserId, cancellationToken);
        GeoPoint? here = request is { Latitude: { } lat, Longitude: { } lon } ? new GeoPoint(lat, lon) : taste?.Location;

        var history = await HistoryAsync(actor.UserId, cancellationToken);
        var excluded = history.Where(h => h.Kind is InteractionKind.Order or InteractionKind.Dismissal).Select(h => h.Event.Id).ToHashSet();
        var available = snapshot.Items.Where(i => !excluded.Contains(i.Entry.Id)).ToList();
        var user = new RankingUser(actor.UserId, here?.Latitude, here?.Longitude, taste?.Interests ?? [], history);
        return Present(Rank(user, available, here, snapshot.Context, request.Limit), snapshot, here);
    }

    public async Task<IReadOnlyList<Recommendation>> GetSimilarAsync(Guid eventId, int limit, CancellationToken cancellationToken)
    {
        var entry = await PublicEntryAsync(eventId, cancellationToken);
        var snapshot = await catalog.GetAsync(cancellationToken);
        var here = entry.Location;
        var prices = await tickets.GetMinPricesAsync([eventId], cancellationToken);

        // The event stands in for a person who booked it and likes what it is about.
        var booked = new UserInteraction(entry.ToCandidate(PriceOf(prices, eventId), 0), InteractionKind.Order, time.GetUtcNow());
        var asPerson = new RankingUser(Guid.Empty, here?.Latitude, here?.Longitude, [entry.Category, .. entry.Tags], [booked]);
        var context = snapshot.Context with { AboutAnEvent = true };
        return Present(Rank(asPerson, [.. snapshot.Items.Where(i => i.Entry.Id != eventId)], here, context, limit), snapshot, here);
    }

    public async Task DismissAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to dismiss recommendations.");
        await PublicEntryAsync(eventId, cancellationToken);
        await log.RecordAsync(actor.UserId, eventId, InteractionKind.Dismissal, time.GetUtcNow(), null, cancellationToken);
    }

    /// <summary>The event when anyone may find it (published or over, public); 404 otherwise, drafts and unlisted ones alike.</summary>
    private async Task<EventCatalogEntry> PublicEntryAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await events.GetCatalogEntriesAsync([eventId], cancellationToken)).SingleOrDefault() is { IsPublic: true, Status: not (EventState.Draft) } entry
            ? entry
            : throw new NotFoundException(EventErrors.UnknownEvent, "There is no such event.");

    /// <summary>What the person did, with each event as it is now (events since deleted are left out).</summary>
    private async Task<IReadOnlyList<UserInteraction>> HistoryAsync(Guid userId, CancellationToken cancellationToken)
    {
        var rows = await db.Interactions.AsNoTracking().Where(i => i.UserId == userId).ToListAsync(cancellationToken);
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.EventId).Distinct().ToList();
        var entries = (await events.GetCatalogEntriesAsync(ids, cancellationToken)).ToDictionary(e => e.Id);
        var prices = await tickets.GetMinPricesAsync(ids, cancellationToken);
        return [.. rows.Where(r => entries.ContainsKey(r.EventId)).Select(r => new UserInteraction(
            entries[r.EventId].ToCandidate(PriceOf(prices, r.EventId), 0), r.Kind, r.LastAt, r.Rating))];
    }

    private static decimal? PriceOf(IReadOnlyDictionary<Guid, Money> prices, Guid eventId) => prices.TryGetValue(eventId, out var price) ? price.Amount : null;

    /// <summary>
    /// Ranks the candidates within the smallest circle around <paramref name="here"/> that holds enough of them (online ones
    /// included); when even the widest circle holds too few, the events beyond it only fill the list, after those within
    /// (a jazz night 2,000 km away is no match for a market round the corner).
    /// </summary>
    private IReadOnlyList<RankedEvent> Rank(RankingUser user, IReadOnlyList<CatalogItem> items, GeoPoint? here, RankingContext context, int limit)
    {
        var (near, far) = Nearest(items, here, Math.Max(limit * CandidatesPerResult, MinCandidates));
        var ranked = ranker.Ranker.Rank(user, [.. near.Select(c => c.Candidate)], context, limit);
        return ranked.Count >= limit || far.Count == 0
            ? ranked
            : [.. ranked, .. ranker.Ranker.Rank(user, [.. far.Select(c => c.Candidate)], context, limit - ranked.Count)];
    }

    /// <summary>The candidates within the smallest circle that holds <paramref name="enough"/>, and (only when none does) the rest.</summary>
    private static (IReadOnlyList<CatalogItem> Near, IReadOnlyList<CatalogItem> Far) Nearest(IReadOnlyList<CatalogItem> items, GeoPoint? here, int enough)
    {
        if (here is not { } point) return (items, []);
        var withDistance = items.Select(i => (Item: i, Km: DistanceKm(i, point))).ToList();
        foreach (var radius in Radii)
        {
            var within = withDistance.Where(c => c.Km is null || c.Km <= radius).Select(c => c.Item).ToList();
            if (within.Count >= enough) return (within, []);
        }
        var widest = Radii[^1];
        return ([.. withDistance.Where(c => c.Km is null || c.Km <= widest).Select(c => c.Item)],
            [.. withDistance.Where(c => c.Km > widest).Select(c => c.Item)]);
    }

    private static double? DistanceKm(CatalogItem item, GeoPoint? here) =>
        here is { } point && !item.Entry.IsOnline && item.Entry.Location is { } venue ? point.DistanceKmTo(venue) : null;

    private static IReadOnlyList<Recommendation> Present(IReadOnlyList<RankedEvent> ranked, CatalogSnapshot snapshot, GeoPoint? here)
    {
        var items = snapshot.Items.ToDictionary(i => i.Entry.Id);
        return [.. ranked.Select(r => items[r.Event.Id]).Zip(ranked, (item, r) =>
            new Recommendation(item.Entry, item.MinPrice, DistanceKm(item, here), Math.Round(r.Score, 4), r.Reasons))];
    }
}

using EventFly.Bench;
using EventFly.Services.Recommendations;
using EventFly.Services.Recommendations.Ranking;
using Microsoft.ML;

namespace EventFly.Services.Tests.Recommendations;

/// <summary>The ranking core on small made-up worlds: features, reasons, the cold start, and a model trained in the test run.</summary>
public sealed class RankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Jazzers = Guid.NewGuid();

    [Fact]
    public void Features_CountInterestsDistanceAndOnline_AndAnUnknownTimeZoneIsUtc()
    {
        var user = new RankingUser(Guid.NewGuid(), 52.52, 13.40, ["Jazz", "food"], []);
        var extractor = new FeatureExtractor(user, RankingContext.At(Now));

        var near = extractor.Compute(Event("Jazz night", "music", ["jazz"], 52.50, 13.42, zone: "Nowhere/Unknown"));
        var online = extractor.Compute(Event("Web talk", "meetup", ["web"], online: true));

        Assert.Equal(["jazz"], near.MatchedInterests);
        Assert.InRange(near.DistanceKm!.Value, 2, 4);
        Assert.True(near.Vector[5] == 1 && near.Vector[6] == 0);
        Assert.Null(online.DistanceKm);
        Assert.True(online.Online);
        Assert.Equal(0, online.InterestMatch);
    }

    [Fact]
    public void Reasons_SayOnlyWhatTheFeaturesShow()
    {
        var booked = Event("Blazor Meetup", "meetup", ["dotnet"], 52.5, 13.4, organization: Jazzers);
        var candidate = Event("Jazz by the lake", "music", ["jazz"], 52.52, 13.41, organization: Jazzers, recentOrders: 5);
        var user = new RankingUser(Guid.NewGuid(), 52.52, 13.40, ["jazz"], [new UserInteraction(booked, InteractionKind.Order, Now.AddDays(-30))]);
        var context = new RankingContext(Now, new Dictionary<Guid, IReadOnlyDictionary<Guid, int>> { [booked.Id] = new Dictionary<Guid, int> { [candidate.Id] = 4 } });

        var f = new FeatureExtractor(user, context).Compute(candidate);
        var reasons = f.Reasons();
        var stranger = new FeatureExtractor(new RankingUser(Guid.NewGuid(), null, null, [], []), RankingContext.At(Now)).Compute(candidate).Reasons();

        Assert.Equal(3, reasons.Count);
        Assert.Equal("Matches your interest: jazz", reasons[0]);
        Assert.Contains("Less than 1 km from you", reasons);
        Assert.Contains("Popular with people who booked Blazor Meetup", reasons);
        Assert.True(f.OrganizerAffinity > 0 && f.CoBooking > 0);
        Assert.Equal(["Popular right now"], stranger);
    }

    [Theory]
    [InlineData(0.4, false, "Less than 1 km from you")]
    [InlineData(1.94, false, "1.9 km from you")]
    [InlineData(12.4, true, "12 km away")]
    [InlineData(2075.2, false, "2,075 km from you")]
    public void Distances_AreSaidAsTheEventCardShowsThem(double km, bool fromAnEvent, string expected) =>
        Assert.Equal(expected, Distance.Describe(km, fromAnEvent));

    [Fact]
    public void ColdStart_PrefersMatchingAndNear_AndCopesWithNothing()
    {
        var ranker = new ColdStartRanker();
        var user = new RankingUser(Guid.NewGuid(), 48.14, 11.58, ["jazz"], []);
        CandidateEvent[] events =
        [
            Event("Far jazz", "music", ["jazz"], 53.55, 9.99),
            Event("Near rock", "music", ["rock"], 48.13, 11.57),
            Event("Near jazz", "music", ["jazz"], 48.15, 11.59),
        ];

        var ranked = ranker.Rank(user, events, RankingContext.At(Now), 3);

        Assert.Equal("Near jazz", ranked[0].Event.Name);
        Assert.Empty(ranker.Rank(user, [], RankingContext.At(Now), 10));
        var nobody = ranker.Rank(new RankingUser(Guid.NewGuid(), null, null, [], []), [Event("Online", "meetup", [], online: true)], RankingContext.At(Now), 5);
        Assert.Equal(["Online"], nobody.Single().Reasons);
    }

    [Fact]
    public async Task Model_TrainedOnAWorldWherePeopleBookTheirInterests_RanksThemFirst_SurvivesSaveAndLoad_AndServesManyAtOnceWhileSwapped()
    {
        var world = World(users: 120);
        var trainer = new RankingTrainer();

        var trained = trainer.Train(world.Users, world.Events, RankingContext.At(Now));
        using var file = new MemoryStream();
        trained.Save(file);
        file.Position = 0;
        var loaded = trainer.Load(file, "model 1");

        var jazzFan = new RankingUser(Guid.NewGuid(), 48.14, 11.58, ["jazz"],
            [new UserInteraction(world.Events.First(e => e.Tags.Contains("jazz")), InteractionKind.Order, Now.AddDays(-20))]);
        CandidateEvent[] choice = [Event("Rock again", "music", ["rock"], 48.14, 11.58), Event("Jazz again", "music", ["jazz"], 48.14, 11.58)];
        Assert.Equal("Jazz again", loaded.Rank(jazzFan, choice, RankingContext.At(Now), 2)[0].Event.Name);
        Assert.True(trained.Metrics.Ndcg10 > 0.5, $"NDCG@10 {trained.Metrics.Ndcg10:F3}");
        Assert.Equal(120, trained.Metrics.TrainingUsers);

        // 50 rankings at once through the current ranker while it is swapped between the trained and the loaded model.
        // The rankings start after the first swap and the swapping goes on until they have all finished (before, on a busy machine the
        // rankings could all finish before the swapping task ran once, and the test failed on that count).
        var current = new CurrentRanker(new ColdStartRanker());
        current.Swap(trained.Ranker, 1);
        var firstSwap = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ranking = Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            await firstSwap.Task;
            return current.Ranker.Rank(jazzFan, world.Events, RankingContext.At(Now), 10);
        })));
        var swapping = Task.Run(async () =>
        {
            var swaps = 0;
            do
            {
                current.Swap(swaps % 2 == 0 ? loaded : trained.Ranker, swaps % 2 == 0 ? 2 : 1);
                swaps++;
                firstSwap.TrySetResult();
                await Task.Yield();
            }
            while (!ranking.IsCompleted);
            return swaps;
        });
        var all = await ranking;
        Assert.All(all, ranked => Assert.Equal(10, ranked.Count));
        Assert.True(await swapping > 0);
    }

    [Fact]
    public void ACorruptModelFile_IsInvalidData()
    {
        using var garbage = new MemoryStream([1, 2, 3, 4, 5]);

        Assert.Throws<InvalidDataException>(() => new RankingTrainer().Load(garbage, "broken"));
    }

    [Fact]
    public void Metrics_OfAHandMadeList_AreRight()
    {
        // Ranked labels: booked (3) first, a view (1), then a second booking (3) at rank 3; two bookings in all.
        var m = RankingMetrics.At(10, [3, 1, 3, 0], relevantTotal: 2);

        var dcg = 7 / Math.Log2(2) + 1 / Math.Log2(3) + 7 / Math.Log2(4);
        var ideal = 7 / Math.Log2(2) + 7 / Math.Log2(3) + 1 / Math.Log2(4);
        Assert.Equal(dcg / ideal, m.Ndcg, 10);
        Assert.Equal(0.2, m.Precision, 10);
        Assert.Equal(1.0, m.Recall, 10);
    }

    [Fact]
    public void Metrics_OfATopList_CountTheMissedBookingsInTheIdeal_AndCoverageIsTheShareShown()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), missed = Guid.NewGuid();

        var m = RankingMetrics.OfTop(10, [a, b, c], new HashSet<Guid> { a, c, missed });

        var dcg = 7 / Math.Log2(2) + 7 / Math.Log2(4);
        var ideal = 7 / Math.Log2(2) + 7 / Math.Log2(3) + 7 / Math.Log2(4);
        Assert.Equal(dcg / ideal, m.Ndcg, 10);
        Assert.Equal(0.2, m.Precision, 10);
        Assert.Equal(2.0 / 3, m.Recall, 10);
        Assert.Equal(3.0 / 8, RankingMetrics.Coverage([[a, b], [b, c]], catalogSize: 8), 10);
    }

    [Fact]
    public void ModelScores_WalkedFromTheExtractedTrees_AreThePredictionEnginesScores_TrainedOrLoaded()
    {
        var world = World(users: 60);
        var trainer = new RankingTrainer();
        var result = trainer.Train(world.Users, world.Events, RankingContext.At(Now));
        var trained = (ModelRanker)result.Ranker;
        using var file = new MemoryStream();
        result.Save(file);
        file.Position = 0;
        var loaded = (ModelRanker)trainer.Load(file, "model 1");
        var engine = new MLContext(1).Model.CreatePredictionEngine<RankingRow, RankingScore>(trained.Model);
        var extractor = new FeatureExtractor(world.Users[0], RankingContext.At(Now));

        Assert.True(trained.ScoresDirectly && loaded.ScoresDirectly);
        foreach (var model in new[] { trained, loaded })
        {
            var trees = TreeScorer.TryFrom(model.Model)!;
            foreach (var e in world.Events)
            {
                var vector = extractor.Compute(e).Vector;
                Assert.Equal(engine.Predict(new RankingRow { Features = vector }).Score, trees.Score(vector), 4);
            }
        }
    }

    [Fact]
    public void AGeneratedWorld_TrainedOnItsPast_RanksItsFutureBookingsBetterThanPopularity()
    {
        var world = RecommendationWorld.Generate(users: 1_500, events: 1_200, interactions: 30_000, seed: 16);
        var past = world.People.Select(p => p.User with { History = [.. p.All.Where(h => h.At < world.Cut)] }).ToList();
        var future = world.Events.Where(e => e.StartsAt > world.Cut).ToList();
        var context = RankingContext.At(world.Cut);
        var model = new RankingTrainer().Train([.. past.Where(u => u.History.Count > 0)], [.. world.Events.Where(e => e.StartsAt <= world.Cut)], context).Ranker;

        double Ndcg(IEventRanker ranker) => world.People.Select((p, i) => (User: past[i],
                Booked: p.All.Where(h => h.Kind == InteractionKind.Order && h.At >= world.Cut).Select(h => h.Event.Id).ToHashSet()))
            .Where(x => x.Booked.Count > 0)
            .Average(x => RankingMetrics.OfTop(10, [.. ranker.Rank(x.User, future, context, 10).Select(r => r.Event.Id)], x.Booked).Ndcg);

        var (ofModel, ofPopularity) = (Ndcg(model), Ndcg(new PopularityRanker()));
        Assert.True(ofModel >= 1.3 * ofPopularity, $"NDCG@10 model {ofModel:F3}, popularity {ofPopularity:F3}");
    }

    /// <summary>People in Munich who each like jazz or rock and booked (and sometimes looked at) events of their taste.</summary>
    private static (List<RankingUser> Users, List<CandidateEvent> Events) World(int users)
    {
        var random = new Random(7);
        var events = Enumerable.Range(0, 40).Select(i => Event($"{(i % 2 == 0 ? "Jazz" : "Rock")} {i}", "music", [i % 2 == 0 ? "jazz" : "rock"],
            48.1 + random.NextDouble() / 10, 11.5 + random.NextDouble() / 10, startsInDays: -30 + i)).ToList();
        var people = Enumerable.Range(0, users).Select(u =>
        {
            var taste = u % 2 == 0 ? "jazz" : "rock";
            var liked = events.Where(e => e.Tags.Contains(taste)).OrderBy(_ => random.Next()).Take(4).ToList();
            var looked = events.Where(e => !e.Tags.Contains(taste)).OrderBy(_ => random.Next()).Take(1).ToList();
            List<UserInteraction> history =
                [.. liked.Select(e => new UserInteraction(e, InteractionKind.Order, e.StartsAt.AddDays(-5))),
                 .. looked.Select(e => new UserInteraction(e, InteractionKind.PageView, e.StartsAt.AddDays(-6)))];
            return new RankingUser(Guid.NewGuid(), 48.14, 11.58, [taste], history);
        }).ToList();
        return (people, events);
    }

    private static CandidateEvent Event(string name, string category, string[] tags, double? lat = null, double? lon = null, bool online = false,
        string zone = "Europe/Berlin", Guid? organization = null, int recentOrders = 0, int startsInDays = 10) =>
        new(Guid.NewGuid(), organization ?? Guid.NewGuid(), name, $"{name}: an evening out.", category, tags, lat, lon, online, Now.AddDays(startsInDays), zone,
            10m, recentOrders);
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace EventFly.Services.Recommendations.Ranking;

/// <summary>
/// Trains the ranking model: ML.NET's FastTree LambdaMART (100 trees of 20 leaves), one query group per person, whose
/// rows are the events they interacted with (graded: view 1, checkout 2, order 3, check-in or a rating of 4+ 4; a
/// dismissal or poor rating 0) and events they passed over (0, sampled), each as it looked a week before the event
/// (see <see cref="RowsOf"/>). A fifth of the people (fixed seed) are held out to measure NDCG, precision and recall at 10.
/// </summary>
internal sealed class RankingTrainer : IRankingTrainer
{
    private const int NegativesPerPositive = 3;
    private const int MinNegatives = 10;
    private const int Seed = 16;

    private readonly MLContext _ml = new(Seed);

    public TrainedModel Train(IReadOnlyList<RankingUser> users, IReadOnlyList<CandidateEvent> events, RankingContext context)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var train = new List<RankingRow>();
        var test = new List<List<(RankingRow Row, CandidateEvent Event)>>();
        var interactions = 0;
        uint group = 0;
        foreach (var user in users)
        {
            interactions += user.History.Count;
            var rows = RowsOf(user, events, context, random, ++group);
            if (rows.Count == 0 || rows.All(r => r.Row.Label == 0)) continue;
            if (random.NextDouble() < 0.2) test.Add(rows);
            else train.AddRange(rows.Select(r => r.Row));
        }
        if (train.Count == 0) throw new InvalidOperationException("Nothing to learn from: no one with an interaction.");

        var pipeline = _ml.Transforms.Conversion.MapValueToKey("GroupKey", nameof(RankingRow.Group))
            .Append(_ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label), FeatureColumnName = nameof(RankingRow.Features), RowGroupColumnName = "GroupKey",
                NumberOfTrees = 100, NumberOfLeaves = 20, MinimumExampleCountPerLeaf = 5,
            }));
        var model = pipeline.Fit(_ml.Data.LoadFromEnumerable(train));
        var ranker = new ModelRanker(_ml, model, "model");
        var (ndcg, precision, recall) = Evaluate(ranker, test);
        var metrics = new ModelMetrics(users.Count, interactions, train.Count, ndcg, precision, recall, watch.Elapsed);
        return new TrainedModel(ranker, metrics, stream => _ml.Model.Save(model, _ml.Data.LoadFromEnumerable(train.Take(1)).Schema, stream));
    }

    public IEventRanker Load(Stream stream, string name)
    {
        try
        {
            return new ModelRanker(_ml, _ml.Model.Load(stream, out _), name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException("The file is not a recommendation model.", ex);
        }
    }

    /// <summary>
    /// The person's query group: what they did (graded) and what they passed over, all as it looked a week before each
    /// event. An event they did something with is scored against the rest of their history, and an event they booked
    /// without their own booking in its popularity and co-bookings, so no row is told its own answer.
    /// </summary>
    private static List<(RankingRow Row, CandidateEvent Event)> RowsOf(RankingUser user, IReadOnlyList<CandidateEvent> events, RankingContext context,
        Random random, uint group)
    {
        var grades = user.History.GroupBy(h => h.Event.Id).ToDictionary(g => g.Key, g => (Event: g.First().Event, Grade: g.Max(Grade),
            Booked: g.Any(h => h.Kind == InteractionKind.Order)));
        var rows = new List<(RankingRow, CandidateEvent)>();
        foreach (var (id, (ev, grade, booked)) in grades)
        {
            var without = user with { History = [.. user.History.Where(h => h.Event.Id != id)] };
            rows.Add((new RankingRow { Features = new FeatureExtractor(without, context).Compute(ev, Before(ev), booked).Vector, Label = grade, Group = group }, ev));
        }
        var extractor = new FeatureExtractor(user, context);
        var wanted = Math.Max(MinNegatives, grades.Count * NegativesPerPositive);
        var passedOver = new HashSet<Guid>();
        for (var tries = 0; tries < wanted * 3 && passedOver.Count < wanted && events.Count > 0; tries++)
        {
            var ev = events[random.Next(events.Count)];
            if (grades.ContainsKey(ev.Id) || !passedOver.Add(ev.Id)) continue;
            rows.Add((new RankingRow { Features = extractor.Compute(ev, Before(ev), bookedByThisPerson: false).Vector, Label = 0, Group = group }, ev));
        }
        return rows;
    }

    /// <summary>Features as they were a week before the event (what the person saw when deciding), never after it.</summary>
    private static DateTimeOffset Before(CandidateEvent e) => e.StartsAt.AddDays(-7);

    private static int Grade(UserInteraction h) => h.Kind switch
    {
        InteractionKind.PageView => 1,
        InteractionKind.CheckoutStarted => 2,
        InteractionKind.Order => 3,
        InteractionKind.CheckIn => 4,
        InteractionKind.Rating => h.Rating >= 4 ? 4 : 0,
        _ => 0,
    };

    /// <summary>Ranks each held-out person's rows by the model's score; relevant = graded 3 or more (booked).</summary>
    private static (double Ndcg, double Precision, double Recall) Evaluate(ModelRanker ranker, List<List<(RankingRow Row, CandidateEvent Event)>> groups)
    {
        if (groups.Count == 0) return (0, 0, 0);
        var trees = TreeScorer.TryFrom(ranker.Model);
        var engine = trees is null ? new MLContext(Seed).Model.CreatePredictionEngine<RankingRow, RankingScore>(ranker.Model) : null;
        double ndcg = 0, precision = 0, recall = 0;
        var measured = 0;
        foreach (var rows in groups)
        {
            var relevant = rows.Count(r => r.Row.Label >= 3);
            if (relevant == 0) continue;
            measured++;
            var ranked = rows.OrderByDescending(r => trees?.Score(r.Row.Features) ?? engine!.Predict(r.Row).Score).Select(r => r.Row.Label).ToList();
            var m = RankingMetrics.At(10, ranked, relevant);
            (ndcg, precision, recall) = (ndcg + m.Ndcg, precision + m.Precision, recall + m.Recall);
        }
        return measured == 0 ? (0, 0, 0) : (ndcg / measured, precision / measured, recall / measured);
    }
}

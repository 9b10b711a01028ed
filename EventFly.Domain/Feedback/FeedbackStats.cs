namespace EventFly.Domain.Feedback;

/// <summary>
/// The numbers of a set of ratings: how many, their average (2 decimals, halves away from zero), how many of each star,
/// and the average of each aspect (null when nobody rated it). The public sees an average only from
/// <see cref="MinRatingsForPublicAverage"/> ratings on, so two friends cannot make an event look perfect.
/// </summary>
public sealed record FeedbackStats(
    int Count, decimal? Average, IReadOnlyDictionary<int, int> Distribution, decimal? ContentAverage, decimal? VenueAverage, decimal? OrganizationAverage)
{
    public const int MinRatingsForPublicAverage = 5;

    /// <summary>The average the public sees: null below <see cref="MinRatingsForPublicAverage"/> ratings.</summary>
    public decimal? PublicAverage => Count >= MinRatingsForPublicAverage ? Average : null;

    public static FeedbackStats Of(IReadOnlyCollection<RatingRow> ratings)
    {
        var distribution = Enumerable.Range(FeedbackInput.MinRating, FeedbackInput.MaxRating - FeedbackInput.MinRating + 1).ToDictionary(star => star, star => ratings.Count(r => r.Rating == star));
        return new FeedbackStats(ratings.Count, AverageOf(ratings.Select(r => (int?)r.Rating)), distribution,
            AverageOf(ratings.Select(r => r.Content)), AverageOf(ratings.Select(r => r.Venue)), AverageOf(ratings.Select(r => r.Organization)));
    }

    private static decimal? AverageOf(IEnumerable<int?> values)
    {
        var given = values.OfType<int>().ToList();
        return given.Count == 0 ? null : Math.Round((decimal)given.Sum() / given.Count, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The ratings of one feedback, as <see cref="FeedbackStats"/> counts them.</summary>
public readonly record struct RatingRow(int Rating, int? Content = null, int? Venue = null, int? Organization = null);

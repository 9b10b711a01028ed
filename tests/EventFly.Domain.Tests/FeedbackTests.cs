using CsCheck;
using EventFly.Domain.Common;
using EventFly.Domain.Feedback;

namespace EventFly.Domain.Tests;

public sealed class FeedbackTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(3);
    private static readonly FeedbackWindow FromStart = FeedbackWindow.For(Start, End, FeedbackOpening.AtStart);

    [Fact]
    public void Window_OpensAtStartOrEnd_AndClosesThirtyDaysAfterTheEnd()
    {
        var fromEnd = FeedbackWindow.For(Start, End, FeedbackOpening.AtEnd);

        Assert.False(FromStart.IsOpen(Start.AddTicks(-1)));
        Assert.True(FromStart.IsOpen(Start));
        Assert.False(fromEnd.IsOpen(Start.AddHours(1)));
        Assert.True(fromEnd.IsOpen(End));
        Assert.True(FromStart.IsOpen(End.AddDays(30).AddTicks(-1)));
        Assert.False(FromStart.IsOpen(End.AddDays(30)));
        Assert.False(FeedbackWindow.For(Start, End, FeedbackOpening.AtStart, cancelled: true).IsOpen(Start.AddHours(1)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(30 * 24 + 3)]
    public void Submit_OutsideTheWindow_IsFeedbackClosed(int hoursAfterStart)
    {
        var error = Assert.Throws<DomainException>(() =>
            EventFeedback.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new FeedbackInput(5, null), FeedbackWindow.For(Start.AddTicks(1), End, FeedbackOpening.AtStart),
                Start.AddHours(hoursAfterStart)));
        Assert.Equal(FeedbackErrors.FeedbackClosed, error.Code);
    }

    [Theory]
    [InlineData(0, null, FeedbackErrors.InvalidRating)]
    [InlineData(6, null, FeedbackErrors.InvalidRating)]
    [InlineData(5, 0, FeedbackErrors.InvalidRating)]
    public void Submit_RefusesRatingsOutsideOneToFive(int rating, int? venue, string code)
    {
        var error = Assert.Throws<DomainException>(() => Submit(new FeedbackInput(rating, null, Venue: venue)));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Comment_IsTrimmed_BlankIsNone_AndLimitedTo5000Characters()
    {
        Assert.Null(Submit(new FeedbackInput(4, "   ")).Comment);
        Assert.Equal("Nice", Submit(new FeedbackInput(4, "  Nice ")).Comment);
        Assert.Equal(5_000, Submit(new FeedbackInput(4, new string('x', 5_000))).Comment!.Length);
        Assert.Equal(FeedbackErrors.CommentTooLong, Assert.Throws<DomainException>(() => Submit(new FeedbackInput(4, new string('x', 5_001)))).Code);
    }

    [Fact]
    public void Replace_KeepsTheId_SetsUpdatedAt_AndDropsTheReplyOnlyWhenTheCommentChanges()
    {
        var feedback = Submit(new FeedbackInput(3, "Too loud", 3));
        feedback.ReplyWith(Guid.NewGuid(), "We will turn it down.", Start.AddHours(2));
        var id = feedback.Id;

        feedback.Replace(new FeedbackInput(4, "Too loud", 4), FromStart, Start.AddHours(4));
        Assert.Equal((id, 4, 4, Start.AddHours(4)), (feedback.Id, feedback.Rating, feedback.ContentRating, feedback.UpdatedAt!.Value));
        Assert.Equal("We will turn it down.", feedback.Reply);

        feedback.Replace(new FeedbackInput(4, "Fine after all"), FromStart, Start.AddHours(5));
        Assert.Null(feedback.Reply);
        Assert.Null(feedback.RepliedAt);
        Assert.Null(feedback.ContentRating);
    }

    [Fact]
    public void Reply_IsRequired_ReplacesTheFirst_AndHideKeepsWhoHidFirst()
    {
        var feedback = Submit(new FeedbackInput(2, "Meh"));
        Assert.Equal(FeedbackErrors.ReplyRequired, Assert.Throws<DomainException>(() => feedback.ReplyWith(Guid.NewGuid(), "  ", Start)).Code);
        feedback.ReplyWith(Guid.NewGuid(), "Sorry", Start.AddHours(1));
        feedback.ReplyWith(Guid.NewGuid(), "Sorry again", Start.AddHours(2));
        Assert.Equal(("Sorry again", Start.AddHours(2)), (feedback.Reply, feedback.RepliedAt!.Value));

        var first = Guid.NewGuid();
        feedback.Hide(first, Start.AddHours(3));
        feedback.Hide(Guid.NewGuid(), Start.AddHours(4));
        Assert.Equal(first, feedback.HiddenBy);
        Assert.False(feedback.IsPublic);
        feedback.Unhide();
        Assert.True(feedback.IsPublic);
    }

    [Fact]
    public void PublicAverage_ShowsFromFiveRatings()
    {
        Assert.Null(FeedbackStats.Of([new(5), new(5), new(4), new(4)]).PublicAverage);
        Assert.Equal(4.6m, FeedbackStats.Of([new(5), new(5), new(5), new(4), new(4)]).PublicAverage);
        Assert.Null(FeedbackStats.Of([]).Average);
    }

    /// <summary>Random submissions and replacements by a few people: the stats equal a direct computation over each person's last values.</summary>
    [Fact]
    public void Stats_EqualADirectComputation_OverRandomSubmissionsAndReplacements()
    {
        var aspect = Gen.Int[0, 5].Select(v => v == 0 ? (int?)null : v);
        Gen.Select(Gen.Int[0, 7], Gen.Int[1, 5], aspect, aspect).Array[0, 40].Sample(submissions =>
        {
            var byPerson = new Dictionary<int, EventFeedback>();
            var last = new Dictionary<int, (int Rating, int? Content, int? Venue)>();
            foreach (var (person, rating, content, venue) in submissions)
            {
                var input = new FeedbackInput(rating, null, content, venue);
                if (byPerson.TryGetValue(person, out var existing)) existing.Replace(input, FromStart, Start.AddHours(1));
                else byPerson[person] = Submit(input);
                last[person] = (rating, content, venue);
            }

            var stats = FeedbackStats.Of([.. byPerson.Values.Select(f => new RatingRow(f.Rating, f.ContentRating, f.VenueRating, f.OrganizationRating))]);

            var ratings = last.Values.Select(v => v.Rating).ToList();
            Assert.Equal(ratings.Count, stats.Count);
            Assert.Equal(ratings.Count == 0 ? null : Math.Round(ratings.Sum() / (decimal)ratings.Count, 2, MidpointRounding.AwayFromZero), stats.Average);
            for (var star = 1; star <= 5; star++) Assert.Equal(ratings.Count(r => r == star), stats.Distribution[star]);
            Assert.Equal(ratings.Count, stats.Distribution.Values.Sum());
            var contents = last.Values.Where(v => v.Content is not null).Select(v => v.Content!.Value).ToList();
            Assert.Equal(contents.Count == 0 ? null : Math.Round(contents.Sum() / (decimal)contents.Count, 2, MidpointRounding.AwayFromZero), stats.ContentAverage);
            Assert.Null(stats.OrganizationAverage);
        });
    }

    private static EventFeedback Submit(FeedbackInput input) =>
        EventFeedback.Submit(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), input, FromStart, Start.AddHours(1));
}

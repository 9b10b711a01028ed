using EventFly.Domain.Common;
using EventFly.Domain.Feedback;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>Feedback on the Engagement test bed's event (it starts 2 hours after the bed's clock and lasts 3 hours).</summary>
public sealed class FeedbackServiceTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Window_OpensAtTheStart_AndClosesThirtyDaysAfterTheEnd()
    {
        Assert.Equal(FeedbackErrors.FeedbackClosed, (await Refused(() => SubmitAsync(_bed.Holder, 5))).Code);
        Assert.False((await Feedback(f => f.GetMineAsync(_bed.Holder, _bed.EventId, default))).Window.Open);

        _bed.Time.Advance(TimeSpan.FromHours(2));
        Assert.True((await SubmitAsync(_bed.Holder, 5)).Created);

        _bed.Time.Advance(TimeSpan.FromHours(3) + TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.False((await SubmitAsync(_bed.Holder, 4)).Created);
        _bed.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FeedbackErrors.FeedbackClosed, (await Refused(() => SubmitAsync(_bed.Holder, 3))).Code);
        Assert.Equal(4, (await Feedback(f => f.GetMineAsync(_bed.Holder, _bed.EventId, default))).Feedback!.Rating);
    }

    [Fact]
    public async Task Window_FromTheEnd_WhenTheOrganizerChoosesIt()
    {
        var settings = await Feedback(f => f.SetSettingsAsync(_bed.Organizer, _bed.EventId, FeedbackOpensAt.End, default));
        Assert.Equal(FeedbackOpensAt.End, settings.OpensAt);
        Assert.Equal(settings.Window.ClosesAt - TimeSpan.FromDays(30), settings.Window.OpensAt);
        Assert.Equal(CommonErrors.Forbidden, (await Assert.ThrowsAsync<ForbiddenException>(() =>
            Feedback(f => f.SetSettingsAsync(_bed.Holder, _bed.EventId, FeedbackOpensAt.Start, default)))).Code);

        _bed.Time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(FeedbackErrors.FeedbackClosed, (await Refused(() => SubmitAsync(_bed.Holder, 5))).Code);
        _bed.Time.Advance(TimeSpan.FromHours(2));
        Assert.True((await SubmitAsync(_bed.Holder, 5)).Created);
    }

    [Fact]
    public async Task CancelledEvent_IsFeedbackClosed()
    {
        _bed.Time.Advance(TimeSpan.FromHours(3));
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IEventService>().CancelAsync(_bed.Organizer, _bed.EventId, default));
        // Cancelling refunds the orders, so the former holder is refused as a non-holder first; the rule itself is in the window.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SubmitAsync(_bed.Holder, 5));
        Assert.True(error is ForbiddenException or DomainException { Code: FeedbackErrors.FeedbackClosed });
    }

    [Fact]
    public async Task NonHolders_AreRefused_AndNothingIsStored()
    {
        _bed.Time.Advance(TimeSpan.FromHours(3));
        var before = await FingerprintAsync();

        Assert.Equal(FeedbackErrors.NotATicketHolder, (await Assert.ThrowsAsync<ForbiddenException>(() => SubmitAsync(_bed.Stranger, 5))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => Feedback(f => f.GetMineAsync(_bed.Stranger, _bed.EventId, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => Feedback(f => f.SubmitAsync(_bed.Stranger, _bed.DraftEventId, new FeedbackSubmission(5, null, null), default)));

        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Replacement_KeepsOneRow_WithTheSameId_AndWritesTheOutboxEachTime()
    {
        _bed.Time.Advance(TimeSpan.FromHours(3));
        var first = await SubmitAsync(_bed.Holder, 2, "Too loud", new AspectRatings(2, null, 3));
        _bed.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await SubmitAsync(_bed.Holder, 4, "Fine after all");

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Feedback.Id, second.Feedback.Id);
        Assert.Equal((4, "Fine after all", (int?)null, _bed.Time.Now), (second.Feedback.Rating, second.Feedback.Comment, second.Feedback.Aspects.Content, second.Feedback.UpdatedAt!.Value));
        var (rows, outbox) = await _bed.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            return (await db.Set<EventFeedback>().CountAsync(), await db.Set<OutboxMessage>().Where(m => m.Type == FeedbackSubmittedV1.MessageType).Select(m => m.Payload).ToListAsync());
        });
        Assert.Equal(1, rows);
        Assert.Equal(2, outbox.Count);
        var announced = System.Text.Json.JsonSerializer.Deserialize<FeedbackSubmittedV1>(outbox[^1])!;
        Assert.Equal((first.Feedback.Id, _bed.EventId, _bed.HolderId, 4), (announced.FeedbackId, announced.EventId, announced.UserId, announced.Rating));
    }

    [Fact]
    public async Task Summary_CountsAveragesDistributionAspects_AndResponseRates()
    {
        var crowd = await _bed.NewHoldersAsync(3); // 5 holders in all
        var ticket = (await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderQueries>().ListMyTicketsAsync(_bed.Holder, default)))[0];
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<ICheckInService>().CheckInAsync(_bed.Organizer, _bed.EventId, ticket.Code, default));
        var other = (await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOrderQueries>().ListMyTicketsAsync(_bed.OtherHolder, default)))[0];
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<ICheckInService>().CheckInAsync(_bed.Organizer, _bed.EventId, other.Code, default));
        _bed.Time.Advance(TimeSpan.FromHours(3));

        await SubmitAsync(_bed.Holder, 5, "Great", new AspectRatings(5, 4, null));
        await SubmitAsync(new Actor(crowd[0]), 4, null, new AspectRatings(4, null, null));
        await SubmitAsync(new Actor(crowd[1]), 4, "Good");

        var summary = await Feedback(f => f.GetSummaryAsync(_bed.Organizer, _bed.EventId, new FeedbackCommentFilter(null, null, 1, 20), default));

        Assert.Equal(3, summary.Count);
        Assert.Equal(4.33m, summary.Average);
        Assert.Equal([0, 0, 0, 2, 1], summary.Distribution.OrderBy(d => d.Key).Select(d => d.Value));
        Assert.Equal(new AspectAverages(4.5m, 4m, null), summary.Aspects);
        Assert.Equal((5, 2, 0.6m, 0.5m), (summary.TicketHolders, summary.CheckedIn, summary.ResponseRate, summary.CheckedInResponseRate));
        Assert.Equal(3, summary.CommentsTotal);
        Assert.Equal(summary.Comments.OrderByDescending(c => c.CreatedAt).Select(c => c.Id), summary.Comments.Select(c => c.Id));
        Assert.All(summary.Comments, c => Assert.DoesNotContain("@", c.AuthorName ?? ""));

        var withComment = await Feedback(f => f.GetSummaryAsync(_bed.Organizer, _bed.EventId, new FeedbackCommentFilter(4, true, 1, 20), default));
        Assert.Equal(["Good"], withComment.Comments.Select(c => c.Comment));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Feedback(f => f.GetSummaryAsync(_bed.Holder, _bed.EventId, new FeedbackCommentFilter(null, null, 1, 20), default)));
    }

    [Fact]
    public async Task Reply_AndHide_ShowInThePublicList_AndOtherOrganizationsSeeNothing()
    {
        _bed.Time.Advance(TimeSpan.FromHours(3));
        var mine = (await SubmitAsync(_bed.Holder, 2, "Too loud")).Feedback;
        await SubmitAsync(_bed.OtherHolder, 5, "Loved it");

        var replied = await Feedback(f => f.ReplyAsync(_bed.Organizer, mine.Id, "We will turn it down.", default));
        await Feedback(f => f.ReplyAsync(_bed.Organizer, mine.Id, "We will turn it down next time.", default));
        Assert.NotNull(replied.Reply);
        var list = await Feedback(f => f.ListPublicAsync(Actor.Anonymous, _bed.EventId, 1, 20, default));
        Assert.Equal("We will turn it down next time.", list.Items.Single(i => i.Id == mine.Id).Reply!.Body);
        Assert.Equal("We will turn it down next time.", (await Feedback(f => f.GetMineAsync(_bed.Holder, _bed.EventId, default))).Feedback!.Reply!.Body);

        await Feedback(f => f.HideAsync(_bed.Organizer, mine.Id, default));
        Assert.Equal(["Loved it"], (await Feedback(f => f.ListPublicAsync(Actor.Anonymous, _bed.EventId, 1, 20, default))).Items.Select(i => i.Comment));
        Assert.Null((await Feedback(f => f.RemoveReplyAsync(_bed.Organizer, mine.Id, default))).Reply);
        Assert.False((await Feedback(f => f.UnhideAsync(_bed.Organizer, mine.Id, default))).Hidden);

        var outsider = new Actor((await _bed.Services.CreateUserAsync("outsider@example.com")).Id);
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<Organizations.Contracts.IOrganizationService>().CreateAsync(outsider, "Elsewhere", default));
        Assert.Equal(FeedbackErrors.UnknownFeedback, (await Assert.ThrowsAsync<NotFoundException>(() => Feedback(f => f.ReplyAsync(outsider, mine.Id, "Hi", default)))).Code);
        Assert.Equal(FeedbackErrors.UnknownFeedback, (await Assert.ThrowsAsync<NotFoundException>(() => Feedback(f => f.HideAsync(_bed.Holder, mine.Id, default)))).Code);
    }

    [Fact]
    public async Task PublicRating_ShowsAnAverage_FromFiveRatings()
    {
        var crowd = await _bed.NewHoldersAsync(5);
        _bed.Time.Advance(TimeSpan.FromHours(3));
        for (var i = 0; i < 4; i++) await SubmitAsync(new Actor(crowd[i]), i % 2 == 0 ? 5 : 4);
        Assert.Equal(new PublicRating(4, null), await Feedback(f => f.GetEventRatingAsync(Actor.Anonymous, _bed.EventId, default)));

        await SubmitAsync(new Actor(crowd[4]), 5);
        Assert.Equal(new PublicRating(5, 4.6m), await Feedback(f => f.GetEventRatingAsync(Actor.Anonymous, _bed.EventId, default)));

        var organizationId = (await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IEventService>().GetSummaryAsync(_bed.EventId, default)))!.OrganizationId;
        // Until the event has ended it is not one of the organization's past events.
        Assert.Equal(new PublicRating(0, null), await Feedback(f => f.GetOrganizationRatingAsync(organizationId, default)));
        _bed.Time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(new PublicRating(5, 4.6m), await Feedback(f => f.GetOrganizationRatingAsync(organizationId, default)));
    }

    private Task<SubmittedFeedback> SubmitAsync(Actor actor, int rating, string? comment = null, AspectRatings? aspects = null) =>
        Feedback(f => f.SubmitAsync(actor, _bed.EventId, new FeedbackSubmission(rating, comment, aspects), default));

    private static Task<DomainException> Refused(Func<Task> call) => Assert.ThrowsAsync<DomainException>(call);

    private Task<T> Feedback<T>(Func<IFeedbackService, Task<T>> action) => _bed.Services.InScopeAsync(sp => action(sp.GetRequiredService<IFeedbackService>()));

    private Task<string> FingerprintAsync() => _bed.Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        return $"{await db.Set<EventFeedback>().CountAsync()}/{await db.Set<OutboxMessage>().CountAsync()}";
    });
}

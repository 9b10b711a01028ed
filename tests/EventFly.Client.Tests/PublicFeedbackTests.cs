using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Components.Feedback;
using EventFly.Client.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

/// <summary>What an event page shows of its feedback to everyone: the average rating and the comments with replies.</summary>
public sealed class PublicFeedbackTests : MudBlazorTestContext
{
    private static readonly Guid EventId = Guid.Parse("0b6c4a61-8f3e-4a7e-9d4f-6a1f3c2b9e10");

    public PublicFeedbackTests()
        : base(c => c.Services.AddSingleton<IFeedbackApi>(new PublicFeedbackApi()))
    {
    }

    [Fact]
    public void InGerman_TheRatingTheRepliesAndAccessDeniedReadGerman()
    {
        using var german = new GermanCulture();

        var rating = Render<EventRating>(p => p.Add(r => r.EventId, EventId));
        var list = Render<PublicFeedbackList>(p => p.Add(l => l.EventId, EventId));
        var denied = Render<AccessDenied>();

        Assert.Contains("aus 12 Bewertungen", rating.Find("[data-testid=event-rating]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Antwort des Veranstalters", list.Markup, StringComparison.Ordinal);
        Assert.Contains("Mehr anzeigen", list.Markup, StringComparison.Ordinal);
        Assert.Contains("Zugriff verweigert", denied.Markup, StringComparison.Ordinal);
        Assert.Contains("Dein Konto darf diese Seite nicht öffnen.", denied.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InEnglish_TheRatingAndTheRepliesReadAsBefore()
    {
        var rating = Render<EventRating>(p => p.Add(r => r.EventId, EventId));
        var list = Render<PublicFeedbackList>(p => p.Add(l => l.EventId, EventId));

        Assert.Contains("from 12 ratings", rating.Find("[data-testid=event-rating]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Reply from the organizer", list.Markup, StringComparison.Ordinal);
        Assert.Contains("Show more", list.Markup, StringComparison.Ordinal);
    }

    private sealed class PublicFeedbackApi : IFeedbackApi
    {
        public Task<ApiResult<MyFeedbackResponse>> GetMineAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<ApiResult<FeedbackResponse>> SubmitAsync(Guid eventId, FeedbackRequest request, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<ApiResult<PublicRatingResponse>> GetRatingAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<PublicRatingResponse>.Ok(new PublicRatingResponse(12, 4.5m)));

        public Task<ApiResult<PagedResponse<PublicFeedbackResponse>>> GetPublicAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<PagedResponse<PublicFeedbackResponse>>.Ok(new PagedResponse<PublicFeedbackResponse>(
                [new PublicFeedbackResponse(Guid.NewGuid(), "Ada", 5, "Great night.", DateTimeOffset.UtcNow, null, new FeedbackReplyResponse("Thank you!", DateTimeOffset.UtcNow))],
                7)));
    }
}

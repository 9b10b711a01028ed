using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Feedback;
using EventFly.Client.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class FeedbackCardTests : MudBlazorTestContext
{
    private static readonly Guid EventId = Guid.NewGuid();
    private static readonly FeedbackWindowResponse Open = new(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), true);
    private readonly FakeFeedbackApi _api;

    public FeedbackCardTests()
        : this(new FakeFeedbackApi())
    {
    }

    private FeedbackCardTests(FakeFeedbackApi api)
        : base(c => c.Services.AddSingleton<IFeedbackApi>(api)) => _api = api;

    [Fact]
    public void WithoutARating_ShowsTheErrorAndSendsNothing()
    {
        _api.Mine = new MyFeedbackResponse(Open, null);
        var card = Render<FeedbackCard>(p => p.Add(c => c.EventId, EventId));

        card.Find("form").Submit();

        Assert.Contains("Choose a rating from 1 to 5.", card.Markup, StringComparison.Ordinal);
        Assert.Empty(_api.Sent);
    }

    [Fact]
    public void RatingAndComment_AreSent_AndTheGivenFeedbackIsShownWithAnEditAction()
    {
        _api.Mine = new MyFeedbackResponse(Open, null);
        var card = Render<FeedbackCard>(p => p.Add(c => c.EventId, EventId));
        Assert.Contains("Rate this event", card.Markup, StringComparison.Ordinal);

        card.FindAll("input[type=radio]")[3].Click();
        card.Find("textarea").Input("<script>Great</script>");
        card.Find("form").Submit();

        var sent = Assert.Single(_api.Sent);
        Assert.Equal((4, "<script>Great</script>"), (sent.Rating, sent.Comment));
        card.WaitForAssertion(() => Assert.NotNull(card.Find("[data-testid=feedback-edit]")));
        Assert.Contains("&lt;script&gt;Great&lt;/script&gt;", card.Find("[data-testid=feedback-comment]").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_StartsFromTheGivenValues_AndTheOrganizersReplyIsShown()
    {
        var given = Feedback(3, "Too loud") with { Reply = new FeedbackReplyResponse("We will turn it down.", DateTimeOffset.UtcNow) };
        _api.Mine = new MyFeedbackResponse(Open, given);
        var card = Render<FeedbackCard>(p => p.Add(c => c.EventId, EventId));

        Assert.Contains("We will turn it down.", card.Find("[data-testid=feedback-reply]").TextContent, StringComparison.Ordinal);
        card.Find("[data-testid=feedback-edit]").Click();
        Assert.Contains("Too loud", card.Find("textarea").OuterHtml, StringComparison.Ordinal);
        card.Find("form").Submit();

        Assert.Equal(3, Assert.Single(_api.Sent).Rating);
    }

    [Fact]
    public void ClosedWindow_WithoutFeedback_RendersNothing_AndServerRefusalsAreShown()
    {
        _api.Mine = new MyFeedbackResponse(Open with { Open = false }, null);
        Assert.Empty(Render<FeedbackCard>(p => p.Add(c => c.EventId, EventId)).Markup.Trim());

        _api.Mine = new MyFeedbackResponse(Open, null);
        _api.Refusal = "Feedback for this event is closed.";
        var card = Render<FeedbackCard>(p => p.Add(c => c.EventId, EventId));
        card.FindAll("input[type=radio]")[4].Click();
        card.Find("form").Submit();
        Assert.Contains("Feedback for this event is closed.", card.Find("[data-testid=feedback-error]").TextContent, StringComparison.Ordinal);
    }

    private static FeedbackResponse Feedback(int rating, string? comment) =>
        new(Guid.NewGuid(), EventId, rating, comment, new AspectRatingsResponse(null, null, null), DateTimeOffset.UtcNow, null, null, false);

    private sealed class FakeFeedbackApi : IFeedbackApi
    {
        public MyFeedbackResponse? Mine { get; set; }

        public string? Refusal { get; set; }

        public List<FeedbackRequest> Sent { get; } = [];

        public Task<ApiResult<MyFeedbackResponse>> GetMineAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            Task.FromResult(Mine is null ? ApiResult<MyFeedbackResponse>.Fail("Not found.") : ApiResult<MyFeedbackResponse>.Ok(Mine));

        public Task<ApiResult<FeedbackResponse>> SubmitAsync(Guid eventId, FeedbackRequest request, CancellationToken cancellationToken = default)
        {
            if (Refusal is not null) return Task.FromResult(ApiResult<FeedbackResponse>.Fail(Refusal));
            Sent.Add(request);
            return Task.FromResult(ApiResult<FeedbackResponse>.Ok(Feedback(request.Rating!.Value, request.Comment)));
        }

        public Task<ApiResult<PublicRatingResponse>> GetRatingAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<PublicRatingResponse>.Ok(new PublicRatingResponse(0, null)));

        public Task<ApiResult<PagedResponse<PublicFeedbackResponse>>> GetPublicAsync(Guid eventId, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<PagedResponse<PublicFeedbackResponse>>.Ok(new PagedResponse<PublicFeedbackResponse>([], 0)));
    }
}

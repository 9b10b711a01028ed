using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class SimilarEventsTests : MudBlazorTestContext
{
    private static readonly Guid EventId = Guid.NewGuid();
    private readonly FakeRecommendationsApi _api;

    public SimilarEventsTests()
        : base(context =>
        {
            context.Services.AddSingleton<FakeRecommendationsApi>();
            context.Services.AddSingleton<IRecommendationsApi>(sp => sp.GetRequiredService<FakeRecommendationsApi>());
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        }) =>
        _api = Services.GetRequiredService<FakeRecommendationsApi>();

    [Fact]
    public void SimilarEvents_ShowWithTheirReasons_WithoutNotInterested()
    {
        _api.Similar = [FakeRecommendationsApi.Item("Blue Note Session", 0.8, "Also jazz"), FakeRecommendationsApi.Item("Swing Evening", 0.6, "Same venue")];

        var cut = Render<SimilarEvents>(p => p.Add(x => x.EventId, EventId));

        Assert.Equal("Similar events", cut.Find("h2").TextContent.Trim());
        var cards = cut.FindAll("[data-testid=similar-card]");
        Assert.Equal(2, cards.Count);
        Assert.Contains("Also jazz", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=dismiss-recommendation]"));
        Assert.Equal([(EventId, 6)], _api.SimilarQueries);
    }

    [Fact]
    public void NoSimilarEvents_HidesTheSection()
    {
        var cut = Render<SimilarEvents>(p => p.Add(x => x.EventId, EventId));

        Assert.Single(_api.SimilarQueries);
        Assert.Empty(cut.FindAll("[data-testid=similar-events]"));
        Assert.DoesNotContain("Similar events", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherEvent_LoadsItsOwnSimilarEvents()
    {
        var cut = Render<SimilarEvents>(p => p.Add(x => x.EventId, EventId));
        var other = Guid.NewGuid();

        cut.Render(p => p.Add(x => x.EventId, other));

        Assert.Equal([EventId, other], _api.SimilarQueries.Select(q => q.EventId));
    }
}

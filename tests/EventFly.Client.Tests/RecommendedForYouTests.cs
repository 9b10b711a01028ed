using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Recommendations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventFly.Client.Tests;

public sealed class RecommendedForYouTests : MudBlazorTestContext
{
    private readonly FakeRecommendationsApi _api;
    private readonly FakeGeolocation _geolocation;
    private readonly IRenderedComponent<MudSnackbarProvider> _snackbars;

    public RecommendedForYouTests()
        : base(context =>
        {
            context.Services.AddSingleton<FakeRecommendationsApi>();
            context.Services.AddSingleton<IRecommendationsApi>(sp => sp.GetRequiredService<FakeRecommendationsApi>());
            context.Services.AddSingleton<FakeGeolocation>();
            context.Services.AddSingleton<IGeolocation>(sp => sp.GetRequiredService<FakeGeolocation>());
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
        _api = Services.GetRequiredService<FakeRecommendationsApi>();
        _geolocation = Services.GetRequiredService<FakeGeolocation>();
        _snackbars = Render<MudSnackbarProvider>();
    }

    [Fact]
    public void Recommendations_ShowEachEventWithItsReasons()
    {
        _api.ForMe =
        [
            FakeRecommendationsApi.Item("Jazz Night", 0.9, "12 km from you", "Matches your interest: jazz"),
            FakeRecommendationsApi.Item("Rock Am Ring", 0.5, "Popular this week"),
        ];

        var cut = Render<RecommendedForYou>();

        var cards = cut.FindAll("[data-testid=recommendation-card]");
        Assert.Equal(2, cards.Count);
        Assert.Contains("Jazz Night", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["12 km from you", "Matches your interest: jazz"], Reasons(cards[0]));
        Assert.Equal(["Popular this week"], Reasons(cards[1]));
        Assert.Equal("Not interested in Jazz Night", cards[0].QuerySelector("[data-testid=dismiss-recommendation]")?.GetAttribute("aria-label"));
        // Profile location by default, twice the visible cards so a dismissed one is replaced.
        var query = Assert.Single(_api.ForMeQueries);
        Assert.Null(query.Latitude);
        Assert.Equal(12, query.Limit);
    }

    [Fact]
    public void NotInterested_RemovesTheCardAtOnce_ThenTellsTheServer()
    {
        var jazz = FakeRecommendationsApi.Item("Jazz Night", 0.9, "Matches your interest: jazz");
        _api.ForMe = [jazz, FakeRecommendationsApi.Item("Rock Am Ring", 0.5)];
        var cut = Render<RecommendedForYou>(p => p.Add(x => x.UndoWindow, TimeSpan.FromMilliseconds(50)));

        cut.Find("[data-testid=dismiss-recommendation]").Click();

        var left = Assert.Single(cut.FindAll("[data-testid=recommendation-card]"));
        Assert.Contains("Rock Am Ring", left.TextContent, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal([jazz.Event.Id], _api.Dismissed), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain("Jazz Night", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotInterested_ThenUndo_BringsTheCardBack_AndTellsTheServerNothing()
    {
        _api.ForMe = [FakeRecommendationsApi.Item("Jazz Night", 0.9), FakeRecommendationsApi.Item("Rock Am Ring", 0.5)];
        var undoWindow = TimeSpan.FromSeconds(2);
        var cut = Render<RecommendedForYou>(p => p.Add(x => x.UndoWindow, undoWindow));

        cut.Find("[data-testid=dismiss-recommendation]").Click();
        Assert.Single(cut.FindAll("[data-testid=recommendation-card]"));
        _snackbars.WaitForElement(".mud-snackbar button:not(.mud-snackbar-close-button), .mud-snackbar-content-action button").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=recommendation-card]").Count));
        Assert.Contains("Jazz Night", cut.FindAll("[data-testid=recommendation-card]")[0].TextContent, StringComparison.Ordinal);
        await Task.Delay(undoWindow + TimeSpan.FromMilliseconds(500), Xunit.TestContext.Current.CancellationToken);
        Assert.Empty(_api.Dismissed);
    }

    [Fact]
    public void NoRecommendations_PointsToTheOnboarding()
    {
        var cut = Render<RecommendedForYou>();

        Assert.Empty(cut.FindAll("[data-testid=recommendation-card]"));
        Assert.Contains("Tell us what you like", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("/welcome", cut.Find("[data-testid=recommendations-onboarding]").GetAttribute("href"));
    }

    [Fact]
    public void Failure_ShowsAFriendlyMessage_AndTryAgainLoadsAgain()
    {
        _api.ForMeFailure = "The server answered 500.";
        var cut = Render<RecommendedForYou>();

        var alert = cut.Find("[data-testid=recommendations-error]");
        Assert.Contains("We couldn't load your recommendations just now.", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("500", alert.TextContent, StringComparison.Ordinal);

        _api.ForMeFailure = null;
        _api.ForMe = [FakeRecommendationsApi.Item("Jazz Night", 0.9)];
        alert.QuerySelector("button")!.Click();

        Assert.Single(cut.FindAll("[data-testid=recommendation-card]"));
        Assert.Equal(2, _api.ForMeQueries.Count);
    }

    [Fact]
    public void BeforeInteractive_ShowsSkeletons_AndAsksNothing()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<RecommendedForYou>();

        Assert.NotEmpty(cut.FindAll(".mud-skeleton"));
        Assert.Empty(_api.ForMeQueries);
    }

    [Fact]
    public void UseMyLocation_AsksTheBrowserOnlyThen_AndLoadsNearThere()
    {
        _geolocation.Answer = GeolocationResult.At(51.34, 12.38);
        var cut = Render<RecommendedForYou>();
        Assert.Equal(0, _geolocation.Asked);

        cut.Find("[data-testid=use-my-location]").Click();

        Assert.Equal(1, _geolocation.Asked);
        Assert.Equal(2, _api.ForMeQueries.Count);
        Assert.Equal(51.34, _api.ForMeQueries[1].Latitude);
        Assert.Equal(12.38, _api.ForMeQueries[1].Longitude);
        Assert.NotNull(cut.Find("[data-testid=use-profile-location]"));
    }

    [Fact]
    public void UseMyLocation_Denied_SaysSo_AndKeepsTheProfilesLocation()
    {
        _geolocation.Answer = GeolocationResult.Failed("Location access was denied.");
        var cut = Render<RecommendedForYou>();

        cut.Find("[data-testid=use-my-location]").Click();

        Assert.Contains("Location access was denied.", cut.Find("[data-testid=location-error]").TextContent, StringComparison.Ordinal);
        Assert.Single(_api.ForMeQueries);
        Assert.NotNull(cut.Find("[data-testid=use-my-location]"));
    }

    private static string[] Reasons(AngleSharp.Dom.IElement card) =>
        [.. card.QuerySelectorAll("[data-testid=recommendation-reasons] li").Select(li => li.TextContent.Trim())];
}

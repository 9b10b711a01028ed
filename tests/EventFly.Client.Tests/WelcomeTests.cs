using EventFly.Client;
using AngleSharp.Dom;
using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using EventFly.Client.Recommendations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace EventFly.Client.Tests;

/// <summary>The onboarding step after registering: interests and a place, saved into the profile.</summary>
public sealed class WelcomeTests : BunitContext
{
    private readonly FakeProfileApi _profiles = new();
    private readonly FakeGeolocation _geolocation = new();
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public WelcomeTests()
    {
        Services.AddMudServices();
        Services.AddEventFlyLocalization();
        Services.AddSingleton<IProfileApi>(_profiles);
        Services.AddSingleton<IGeolocation>(_geolocation);
        AddAuthorization().SetAuthorized("ada@example.com");
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        _popovers = Render<MudPopoverProvider>();
    }

    [Fact]
    public void ChosenInterestsAndCity_AreSavedWithTheCitysCoordinates_KeepingTheRestOfTheProfile()
    {
        _profiles.Profile = new ProfileDto { DisplayName = "Ada", Language = "de", Interests = ["salsa"] };
        var page = Render<Welcome>();

        page.Find("[data-testid=interest-jazz]").Click();
        page.Find("[data-testid=interest-tech]").Click();
        Field(page, "city-search").Input("leip");
        _popovers.WaitForAssertion(() => Assert.Contains(_popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains("Leipzig", StringComparison.Ordinal)));
        _popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains("Leipzig", StringComparison.Ordinal)).Click();
        // The autocomplete takes its choice (and lets go of the page) a moment after the click.
        page.WaitForAssertion(() => Assert.Equal("Leipzig, Germany", Field(page, "city-search").GetAttribute("value")), TimeSpan.FromSeconds(5));
        page.Find("[data-testid=welcome-save]").Click();
        page.WaitForAssertion(() => Assert.Single(_profiles.Saved), TimeSpan.FromSeconds(5));

        var saved = Assert.Single(_profiles.Saved);
        Assert.Equal(["jazz", "tech", "salsa"], saved.Interests);
        Assert.Equal("Leipzig", saved.City);
        Assert.Equal(51.3397, saved.Latitude);
        Assert.Equal(12.3731, saved.Longitude);
        Assert.Equal("Ada", saved.DisplayName);
        Assert.Equal("de", saved.Language);
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void ATypedInterest_IsAddedChosen_AndSaved()
    {
        var page = Render<Welcome>();

        Field(page, "custom-interest").Input("Board Games");
        Field(page, "custom-interest").KeyDown("Enter");
        page.Find("[data-testid=welcome-save]").Click();

        Assert.NotNull(page.Find("[data-testid=interest-board\\ games]"));
        Assert.Equal(["board games"], Assert.Single(_profiles.Saved).Interests);
    }

    [Fact]
    public void UseMyLocation_SavesWhereTheBrowserSaysWithTheNearestCity()
    {
        _geolocation.Answer = GeolocationResult.At(51.35, 12.4);
        _profiles.Profile = new ProfileDto { City = "London", Latitude = 51.5072, Longitude = -0.1276 };
        var page = Render<Welcome>();

        page.Find("[data-testid=welcome-use-my-location]").Click();
        page.Find("[data-testid=welcome-save]").Click();

        Assert.Contains("near Leipzig", page.Find("[data-testid=welcome-position]").TextContent, StringComparison.Ordinal);
        var saved = Assert.Single(_profiles.Saved);
        Assert.Equal((51.35, 12.4), (saved.Latitude, saved.Longitude));
        Assert.Equal("Leipzig", saved.City);
    }

    [Fact]
    public void UseMyLocation_Denied_SaysSo_AndKeepsTheProfilesPlace()
    {
        _geolocation.Answer = GeolocationResult.Failed("Location access was denied.");
        _profiles.Profile = new ProfileDto { City = "Berlin", Latitude = 52.52, Longitude = 13.405 };
        var page = Render<Welcome>();

        page.Find("[data-testid=welcome-use-my-location]").Click();
        page.Find("[data-testid=welcome-save]").Click();

        Assert.Contains("denied", page.Find("[data-testid=welcome-location-error]").TextContent, StringComparison.Ordinal);
        var saved = Assert.Single(_profiles.Saved);
        Assert.Equal(("Berlin", 52.52, 13.405), (saved.City, saved.Latitude, saved.Longitude));
    }

    [Fact]
    public void InGerman_ThePageReadsGerman()
    {
        using var german = new GermanCulture();
        _geolocation.Answer = GeolocationResult.At(51.35, 12.4);
        var page = Render<Welcome>();

        page.Find("[data-testid=welcome-use-my-location]").Click();

        Assert.Contains("Willkommen bei EventFly", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Was gefällt dir?", page.Markup, StringComparison.Ordinal);
        Assert.Contains("Wo bist du?", page.Markup, StringComparison.Ordinal);
        Assert.Contains("in der Nähe von Leipzig", page.Find("[data-testid=welcome-position]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Alle Profileinstellungen", page.Find("[data-testid=welcome-profile-link]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Erst mal überspringen", page.Find("[data-testid=welcome-skip]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Speichern und meine Events zeigen", page.Find("[data-testid=welcome-save]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_GoesHome_WithoutSaving()
    {
        var page = Render<Welcome>();

        page.Find("[data-testid=welcome-skip]").Click();

        Assert.Empty(_profiles.Saved);
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void TheProfilesInterests_StartChosen()
    {
        _profiles.Profile = new ProfileDto { Interests = ["jazz"] };
        var page = Render<Welcome>();

        // Chosen chips say so to screen readers too.
        Assert.Equal("true", page.Find("[data-testid=interest-jazz]").GetAttribute("aria-pressed"));
        Assert.Equal("false", page.Find("[data-testid=interest-rock]").GetAttribute("aria-pressed"));
        page.Find("[data-testid=welcome-save]").Click();

        Assert.Equal(["jazz"], Assert.Single(_profiles.Saved).Interests);
    }

    private static IElement Field(IRenderedComponent<Welcome> page, string testId) =>
        page.Find($"input[data-testid={testId}], [data-testid={testId}] input");
}

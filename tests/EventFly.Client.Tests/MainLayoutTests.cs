using EventFly.Client;
using Bunit;
using Bunit.TestDoubles;
using EventFly.Client.Layout;
using EventFly.Client.Offline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace EventFly.Client.Tests;

/// <summary>The layout brings its own MudBlazor providers, so this context renders none beforehand.</summary>
public sealed class MainLayoutTests : BunitContext
{
    private readonly BunitAuthorizationContext _authorization;

    public MainLayoutTests()
    {
        Services.AddMudServices();
        Services.AddScoped<OfflineStatus>();
        Services.AddEventFlyLocalization();
        _authorization = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
    }

    [Fact]
    public void ReadinessMarker_ComesOnlyAfterTheSystemDarkModeIsApplied()
    {
        // The browser's answer comes after the first render; a marker shown before it let a test click the theme
        // toggle, and the late answer then undid the click.
        var darkMode = JSInterop.Setup<bool>(invocation => invocation.Identifier.Contains("DarkMode", StringComparison.OrdinalIgnoreCase));

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<p>page</p>"));

        Assert.Empty(cut.FindAll("#interactive-marker"));
        darkMode.SetResult(true);
        cut.WaitForElement("#interactive-marker", TimeSpan.FromSeconds(10));
        // Dark: the toggle offers light mode.
        var shown = cut.FindAll("button[aria-label='Toggle dark mode'] svg path").Select(p => p.GetAttribute("d")).OfType<string>();
        Assert.Contains(shown, d => Icons.Material.Filled.LightMode.Contains(d, StringComparison.Ordinal));
    }

    [Fact]
    public void InGerman_TheNavigationReadsGerman()
    {
        using var german = new GermanCulture();
        _authorization.SetAuthorized("ada@example.com").SetRoles(AuthRoles.PlatformAdmin);

        var menu = Render<NavMenu>();

        Assert.Contains("Veranstalterportal", menu.Markup, StringComparison.Ordinal);
        Assert.Contains(menu.FindAll("a"), a => a.TextContent.Contains("Organisation & Team", StringComparison.Ordinal));
        Assert.Contains("Plattform", menu.Markup, StringComparison.Ordinal);
        Assert.Contains("Meine Tickets", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Prerendered_HasNoReadinessMarker()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<MainLayout>(p => p.Add(x => x.Body, "<p>page</p>"));

        Assert.Contains("page", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#interactive-marker"));
    }
}

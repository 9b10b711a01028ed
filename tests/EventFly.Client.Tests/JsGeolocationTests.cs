using Bunit;
using EventFly.Client.Recommendations;
using EventFly.Client.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EventFly.Client.Tests;

/// <summary>Why the browser gave no position, in words for the participant.</summary>
public sealed class JsGeolocationTests : BunitContext
{
    public JsGeolocationTests()
    {
        Services.AddEventFlyLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Explain_InEnglish_KeepsTheWording()
    {
        var geolocation = Create();

        Assert.Equal("Location access was denied. You can allow it in your browser's site settings, or pick a city instead.", geolocation.Explain("denied"));
        Assert.Equal("Finding your location took too long. Try again, or pick a city instead.", geolocation.Explain("timeout"));
        Assert.Equal("This browser cannot share its location. Pick a city instead.", geolocation.Explain("unsupported"));
        Assert.Equal("Your location is not available right now. Pick a city instead.", geolocation.Explain(null));
    }

    [Fact]
    public async Task InGerman_TheReasonsReadGerman()
    {
        using var german = new GermanCulture();
        var geolocation = Create();

        Assert.StartsWith("Der Zugriff auf deinen Standort wurde verweigert.", geolocation.Explain("denied"), StringComparison.Ordinal);
        Assert.Equal("Die Suche nach deinem Standort hat zu lange gedauert. Versuch es noch einmal oder wähl stattdessen eine Stadt.", geolocation.Explain("timeout"));
        Assert.Equal("Dieser Browser kann seinen Standort nicht teilen. Wähl stattdessen eine Stadt.", geolocation.Explain("unsupported"));

        // The script answers nothing here, as a browser without an answer would.
        var answer = await geolocation.GetPositionAsync(Xunit.TestContext.Current.CancellationToken);

        Assert.Null(answer.Latitude);
        Assert.Equal("Dein Standort ist gerade nicht verfügbar. Wähl stattdessen eine Stadt.", answer.Error);
    }

    private JsGeolocation Create() => new(JSInterop.JSRuntime, Services.GetRequiredService<IStringLocalizer<AccountTexts>>());
}

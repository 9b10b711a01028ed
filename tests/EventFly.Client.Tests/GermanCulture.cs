using System.Globalization;

namespace EventFly.Client.Tests;

/// <summary>Renders in German until disposed: the test's own culture only (it flows with the test's async calls), not the process default.</summary>
internal sealed class GermanCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public GermanCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

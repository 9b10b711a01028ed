using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EventFly.E2E.Tests;

/// <summary>The published build in Production, started from a directory that is not its own.</summary>
public sealed class PublishedHostFixture() : HostFixture(demoData: false, "published-", published: true);

/// <summary>
/// A service manager starts the host from wherever it likes (<c>dotnet /opt/eventfly/EventFly.Web.dll</c>): the host
/// still finds its web assets, so pages come with their styles and scripts (it once answered each with an empty 200).
/// </summary>
public sealed partial class PublishedHostTests(PublishedHostFixture host) : BrowserTest(host), IClassFixture<PublishedHostFixture>
{
    [Fact]
    public async Task StartedFromAnotherDirectory_ServesItsStylesAndScripts_AndTheAppRuns()
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var home = await http.GetStringAsync("/");
        var assets = AssetReference().Matches(home).Select(m => m.Groups["url"].Value).Distinct().ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {(int)response.StatusCode}");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{asset} came back empty");
        }
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
    }

    [GeneratedRegex("""(?:href|src)="(?<url>[^"]+\.(?:css|js))""")]
    private static partial Regex AssetReference();
}

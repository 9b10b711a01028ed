using Bunit;
using EventFly.Client.Components;
using MudBlazor;

namespace EventFly.Client.Tests;

public sealed class SmallComponentsTests : MudBlazorTestContext
{
    [Fact]
    public void EmptyState_RendersTitleAndContent()
    {
        var cut = Render<EmptyState>(p => p
            .Add(x => x.Icon, Icons.Material.Outlined.EventBusy)
            .Add(x => x.Title, "No events yet")
            .AddChildContent("Create your first event."));

        Assert.Contains("No events yet", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Create your first event.", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/organizer?x=1", "/organizer?x=1")]
    [InlineData("/", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void LocalUrl_KeepsOnlyLocalPaths(string? url, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(url));

    [Theory]
    [InlineData("/organizer", true)]
    [InlineData("organizer/events", true)]
    [InlineData("/admin", true)]
    [InlineData("/admin?tab=1", true)]
    [InlineData("/", false)]
    [InlineData("/organizers-we-love", false)]
    [InlineData("/administration", false)]
    [InlineData("/profile", false)]
    public void AreaRouting_ServerAreasAreOrganizerAndAdmin(string path, bool server) =>
        Assert.Equal(server, AreaRouting.IsServerArea(path));

    [Theory]
    [InlineData(0.4, "0.4 km")]
    [InlineData(1.94, "1.9 km")]
    [InlineData(12, "12 km")]
    [InlineData(2075.2, "2,075 km")]
    public void Distances_HaveOneDecimalUnder10Km_AndWholeKilometresFromThere(double km, string expected) =>
        Assert.Equal(expected, Distances.Format(km));
}

using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Live;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

/// <summary>The live feed: posts with their reactions and comments.</summary>
public sealed class LiveFeedTests : MudBlazorTestContext
{
    private readonly LiveEventState _state = new(LiveSamples.EventId, new ServerClock(TimeProvider.System));

    public LiveFeedTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
    }

    [Fact]
    public void InGerman_PostsReactionsAndCommentsReadGerman()
    {
        using var german = new GermanCulture();
        Assert.Contains("Noch nichts gepostet", Render<FeedSection>(p => p.Add(x => x.State, _state)).Markup, StringComparison.Ordinal);

        _state.SetFeed(new FeedResponse(
            [Post("Willkommen!", comments: 0) with { Pinned = true, AuthorName = null, EditedAt = LiveSamples.ServerNow }, Post("Pause um 15 Uhr", comments: 1), Post("Raum B", comments: 3)],
            4, [], []));
        var feed = Render<FeedSection>(p => p.Add(x => x.State, _state));

        var posts = feed.FindAll("[data-testid=post]");
        Assert.Contains("Die Veranstalter", posts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("bearbeitet", posts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Dez.", posts[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Angeheftet", posts[0].QuerySelector("[data-testid=post-pinned]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1 Kommentar", "3 Kommentare", "Kommentieren"], feed.FindAll("[data-testid=post-comments-toggle]").Select(b => b.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal("Reaktionen", posts[0].QuerySelector("[data-testid=reactions]")!.GetAttribute("aria-label"));
        Assert.Equal("Gefällt mir: 0", posts[0].QuerySelector("[data-testid=reaction-like]")!.GetAttribute("aria-label"));
        Assert.Contains("Ältere Beiträge anzeigen", feed.Find("[data-testid=feed-more]").TextContent, StringComparison.Ordinal);

        feed.FindAll("[data-testid=post-comments-toggle]")[0].Click();

        var comments = feed.Find("[data-testid=comments]");
        Assert.Contains("Noch keine Kommentare.", comments.TextContent, StringComparison.Ordinal);
        Assert.Contains("Schreib einen Kommentar", comments.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Kommentar senden\"", comments.InnerHtml, StringComparison.Ordinal);
    }

    private static PostResponse Post(string body, int comments) =>
        new(Guid.NewGuid(), LiveSamples.EventId, Guid.NewGuid(), "Grace", body, $"<p>{body}</p>", null, LiveSamples.ServerNow.AddHours(-2), LiveSamples.ServerNow.AddHours(-2),
            null, false, null, false, [], [], comments);
}

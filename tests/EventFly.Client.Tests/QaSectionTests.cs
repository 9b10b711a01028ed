using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Live;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class QaSectionTests : MudBlazorTestContext
{
    private static readonly DateTimeOffset At = LiveSamples.ServerNow;
    private readonly FakeLiveApi _api;
    private readonly LiveEventState _state = new(LiveSamples.EventId, new ServerClock(TimeProvider.System));

    public QaSectionTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        }) =>
        _api = Services.GetRequiredService<FakeLiveApi>();

    [Fact]
    public void Questions_AreListedByVotes_OrNewestFirst()
    {
        _state.SetQuestions([LiveSamples.Asked("Slides?", 1, At), LiveSamples.Asked("Scale-out?", 5, At.AddMinutes(1)),
            LiveSamples.Asked("Recording?", 3, At.AddMinutes(2)), LiveSamples.Asked("Pizza?", 3, At.AddMinutes(3))]);

        var cut = Render<QaSection>(p => p.Add(x => x.State, _state).Add(x => x.Sort, "votes"));

        // Most votes first; among equals the newer one.
        Assert.Equal(["Scale-out?", "Pizza?", "Recording?", "Slides?"], Texts(cut));

        cut.Render(p => p.Add(x => x.State, _state).Add(x => x.Sort, "newest"));

        Assert.Equal(["Pizza?", "Recording?", "Scale-out?", "Slides?"], Texts(cut));
    }

    [Fact]
    public void PushedVotes_ReorderTheList_AndKeepTheCallersOwnUpvote()
    {
        var slides = LiveSamples.Asked("Slides?", 1, At) with { VotedByMe = true };
        _state.SetQuestions([slides, LiveSamples.Asked("Scale-out?", 2, At.AddMinutes(1))]);

        // A push is the same for everyone: no "voted by me".
        _state.PutQuestion(slides with { Votes = 4, VotedByMe = false }, pushed: true);
        var cut = Render<QaSection>(p => p.Add(x => x.State, _state));

        Assert.Equal(["Slides?", "Scale-out?"], Texts(cut));
        Assert.Equal("true", cut.FindAll("[data-testid=question-upvote]")[0].GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Upvote_IsGivenThenTakenBack()
    {
        _api.Questions = [LiveSamples.Asked("Slides?", 1, At)];
        _state.SetQuestions(_api.Questions);
        var cut = Render<QaSection>(p => p.Add(x => x.State, _state));

        cut.Find("[data-testid=question-upvote]").Click();
        Assert.Equal("2", cut.Find("[data-testid=question-votes]").TextContent);
        _api.Questions = [.. _state.Questions];
        cut.Find("[data-testid=question-upvote]").Click();

        Assert.Equal([(_api.Questions[0].Id, true), (_api.Questions[0].Id, false)], _api.Upvotes);
        Assert.Equal("1", cut.Find("[data-testid=question-votes]").TextContent);
    }

    [Fact]
    public void AskedWhileModerationIsOn_TheQuestionIsMarkedAwaitingApproval()
    {
        _api.ModerationOn = true;
        _state.ModerationOn = true;
        var cut = Render<QaSection>(p => p.Add(x => x.State, _state));

        cut.Find("[data-testid=ask-text]").Input("Will there be a recording?");
        cut.Find("[data-testid=ask-anonymous]").Change(true);
        cut.Find("form[data-testid=ask-question]").Submit();

        var asked = Assert.Single(_api.Asked);
        Assert.True(asked.Anonymous);
        var item = cut.Find("[data-testid=question-item]");
        Assert.Contains("Awaiting approval", item.QuerySelector("[data-testid=question-pending]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("You, anonymously", item.TextContent, StringComparison.Ordinal);
        Assert.True(item.QuerySelector("[data-testid=question-upvote]")!.HasAttribute("disabled"));
    }

    [Fact]
    public void InGerman_AnEmptyQuestion_IsNotSentAndAsksForOne()
    {
        using var german = new GermanCulture();
        var cut = Render<QaSection>(p => p.Add(x => x.State, _state));

        cut.Find("form[data-testid=ask-question]").Submit();

        Assert.Contains("Stell eine Frage.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=question-item]"));
    }

    [Fact]
    public void InGerman_AskingAndTheListReadGerman()
    {
        using var german = new GermanCulture();
        _api.ModerationOn = true;
        _state.ModerationOn = true;
        var cut = Render<QaSection>(p => p.Add(x => x.State, _state));

        Assert.Contains("Noch keine Fragen. Stell die erste!", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Frage an die Vortragenden", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Anonym fragen", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Fragen erscheinen für alle, sobald die Moderation sie freigibt.", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid=ask-text]").Input("Gibt es eine Aufzeichnung?");
        cut.Find("[data-testid=ask-anonymous]").Change(true);
        cut.Find("form[data-testid=ask-question]").Submit();

        var item = cut.Find("[data-testid=question-item]");
        Assert.Contains("Wartet auf Freigabe", item.QuerySelector("[data-testid=question-pending]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Du, anonym", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("Frage unterstützen", item.QuerySelector("[data-testid=question-upvote]")!.GetAttribute("aria-label"));
        Assert.Contains("1 Frage", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Neueste", cut.Find("[data-testid=qa-sort]").TextContent, StringComparison.Ordinal);
    }

    private static string[] Texts(IRenderedComponent<QaSection> cut) =>
        [.. cut.FindAll("[data-testid=question-item] [data-testid=question-text]").Select(t => t.TextContent)];
}

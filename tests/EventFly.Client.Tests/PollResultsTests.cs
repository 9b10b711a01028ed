using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Live;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class PollResultsTests : MudBlazorTestContext
{
    private static readonly Guid PollId = Guid.NewGuid();
    private readonly FakeLiveApi _api;

    public PollResultsTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        }) =>
        _api = Services.GetRequiredService<FakeLiveApi>();

    [Fact]
    public void Bars_AreAsLongAsTheirShareOfTheVoters_AndFollowNewResults()
    {
        var cut = Render<PollResultBars>(p => p.Add(x => x.Results, LiveSamples.Results(PollId, 3, 1, 0)));

        Assert.Equal(["width:75%", "width:25%", "width:0%"], Widths(cut));
        Assert.Equal("4 votes", cut.Find("[data-testid=poll-total]").TextContent.Trim());

        cut.Render(p => p.Add(x => x.Results, LiveSamples.Results(PollId, 3, 3, 2)));

        Assert.Equal(["width:38%", "width:38%", "width:25%"], Widths(cut));
        Assert.Equal("8 votes", cut.Find("[data-testid=poll-total]").TextContent.Trim());
    }

    [Fact]
    public void NoVotesYet_EveryBarIsEmpty()
    {
        var cut = Render<PollResultBars>(p => p.Add(x => x.Results, LiveSamples.Results(PollId, 0, 0)));

        Assert.Equal(["width:0%", "width:0%"], Widths(cut));
    }

    [Fact]
    public void PushedResults_MoveTheBarsOfAPollAlreadyVotedIn()
    {
        var state = new LiveEventState(LiveSamples.EventId, new ServerClock(TimeProvider.System));
        state.PutPoll(LiveSamples.Poll(PollId, myChoice: [LiveSamples.OptionId(PollId, 0)], votes: [1, 0, 0]));
        var cut = Render<PollCard>(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));
        Assert.Equal(["width:100%", "width:0%", "width:0%"], Widths(cut));

        state.ApplyResults(LiveSamples.Results(PollId, 1, 3, 0));
        cut.Render(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));

        Assert.Equal(["width:25%", "width:75%", "width:0%"], Widths(cut));
        Assert.Contains("poll-bar-mine", cut.Find("[data-testid=poll-bar-0]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleChoice_VotesWithOneTap_ThenShowsTheResults()
    {
        var state = new LiveEventState(LiveSamples.EventId, new ServerClock(TimeProvider.System));
        state.PutPoll(LiveSamples.Poll(PollId, votes: [2, 0, 0]));
        _api.Vote = (id, request) => ApiResult<PollResponse>.Ok(LiveSamples.Poll(id, myChoice: request.OptionIds, votes: [2, 1, 0]));
        var cut = Render<PollCard>(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));
        Assert.Empty(cut.FindAll("[data-testid^=poll-bar-]"));

        cut.Find("[data-testid=poll-option-1]").Click();
        cut.Render(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));

        var (pollId, options) = Assert.Single(_api.Votes);
        Assert.Equal(PollId, pollId);
        Assert.Equal([LiveSamples.OptionId(PollId, 1)], options);
        Assert.Equal(["width:67%", "width:33%", "width:0%"], Widths(cut));
    }

    [Fact]
    public void ResultsAfterClose_AreAnnouncedInsteadOfShown()
    {
        var state = new LiveEventState(LiveSamples.EventId, new ServerClock(TimeProvider.System));
        state.PutPoll(LiveSamples.Poll(PollId, myChoice: [LiveSamples.OptionId(PollId, 0)], resultsVisible: false));

        var cut = Render<PollCard>(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));

        Assert.Empty(cut.FindAll("[data-testid^=poll-bar-]"));
        Assert.Contains("Results are shown when the poll closes.", cut.Find("[data-testid=poll-results-later]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InGerman_ThePollAndItsResultsReadGerman()
    {
        using var german = new GermanCulture();
        var bars = Render<PollResultBars>(p => p.Add(x => x.Results, LiveSamples.Results(PollId, 3, 1, 0))
            .Add(x => x.MyChoice, [LiveSamples.OptionId(PollId, 0)]));

        Assert.Equal("4 Stimmen", bars.Find("[data-testid=poll-total]").TextContent.Trim());
        Assert.Contains("Deine Stimme", bars.Markup, StringComparison.Ordinal);
        bars.Render(p => p.Add(x => x.Results, LiveSamples.Results(PollId, 1, 0, 0)));
        Assert.Equal("1 Stimme", bars.Find("[data-testid=poll-total]").TextContent.Trim());

        var state = new LiveEventState(LiveSamples.EventId, new ServerClock(TimeProvider.System));
        state.PutPoll(LiveSamples.Poll(PollId, myChoice: [LiveSamples.OptionId(PollId, 0)], resultsVisible: false));
        var card = Render<PollCard>(p => p.Add(x => x.State, state).Add(x => x.Poll, state.Polls[0]));

        Assert.Contains("Offen", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Deine Wahl:", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Die Ergebnisse erscheinen, sobald die Umfrage endet.", card.Find("[data-testid=poll-results-later]").TextContent, StringComparison.Ordinal);
    }

    private static string[] Widths(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid^=poll-bar-]").Select(b => b.GetAttribute("style")!.Replace(" ", "", StringComparison.Ordinal).TrimEnd(';'))];
}

using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class LivePageTests : MudBlazorTestContext
{
    private static readonly Guid PollId = Guid.NewGuid();
    private readonly FakeLiveApi _api;
    private readonly FakeLiveChannel _channel;

    public LivePageTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.Services.AddFakeLiveChannel();
            context.Services.AddSingleton<IEventsApi, NoEventsApi>();
            context.Services.AddSingleton(TimeProvider.System);
        })
    {
        _api = Services.GetRequiredService<FakeLiveApi>();
        _channel = Services.GetRequiredService<FakeLiveChannel>();
    }

    [Fact]
    public void Prerendered_TheChannelIsASkeleton_AndNothingIsFetched()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));

        Assert.NotNull(cut.Find("[data-testid=live-loading]"));
        Assert.Equal(0, _api.FeedReads);
        Assert.Equal("loading", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state"));
    }

    [Fact]
    public void NotAParticipant_IsOfferedTickets()
    {
        Interactive();
        _api.Feed = ApiResult<FeedResponse>.Fail("The live channel is for ticket holders of this event.") with { Code = "not_a_participant", Status = 403 };

        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));

        Assert.Equal($"/events/{LiveSamples.EventId}", cut.Find("[data-testid=live-get-tickets]").GetAttribute("href"));
        Assert.Equal("refused", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state"));
    }

    [Fact]
    public async Task PushedPollResults_MoveTheBars()
    {
        Interactive();
        _api.Feed = ApiResult<FeedResponse>.Ok(new FeedResponse([], 0, [LiveSamples.Poll(PollId, myChoice: [LiveSamples.OptionId(PollId, 0)], votes: [1, 0, 0])], []));
        OpenTab("polls");
        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));
        cut.WaitForAssertion(() => Assert.Equal("live", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state")));
        Assert.Equal("width:100%", cut.Find("[data-testid=poll-bar-0]").GetAttribute("style"));

        await cut.InvokeAsync(() => _channel.PushPollResults(LiveSamples.Results(PollId, 1, 1, 2)));

        cut.WaitForAssertion(() => Assert.Equal(["width:25%", "width:25%", "width:50%"],
            cut.FindAll("[data-testid^=poll-bar-]").Select(b => b.GetAttribute("style"))));
    }

    [Fact]
    public async Task AQuestionOpening_BringsTheQuizForward()
    {
        Interactive();
        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));
        cut.WaitForAssertion(() => Assert.Equal("live", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state")));
        Assert.Empty(cut.FindAll("[data-testid=quiz-question]"));

        await cut.InvokeAsync(() => _channel.PushQuizQuestionOpened(Guid.NewGuid(), LiveSamples.Question(openedAt: DateTimeOffset.UtcNow)));

        cut.WaitForAssertion(() => Assert.Equal("Which company created C#?", cut.Find("[data-testid=quiz-question]").TextContent));
    }

    [Fact]
    public async Task AfterAReconnect_ThePageReadsEverythingAgain()
    {
        Interactive();
        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));
        cut.WaitForAssertion(() => Assert.Equal("live", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state")));
        Assert.Equal(1, _api.FeedReads);
        var post = new PostResponse(Guid.NewGuid(), LiveSamples.EventId, Guid.NewGuid(), "Mia", "Doors open", "<p>Doors open</p>", null, DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow, null, false, null, false, [], [], 0);
        _api.Feed = ApiResult<FeedResponse>.Ok(new FeedResponse([post], 1, [], []));

        await cut.InvokeAsync(_channel.Reconnect);

        cut.WaitForAssertion(() => Assert.Equal("Doors open", cut.Find("[data-testid=post-body]").TextContent));
        Assert.Equal(2, _api.FeedReads);
        Assert.Equal("live", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state"));
    }

    [Fact]
    public async Task LeavingThePage_ClosesTheChannel()
    {
        Interactive();
        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));
        cut.WaitForAssertion(() => Assert.Equal("live", cut.Find("[data-testid=live-page]").GetAttribute("data-live-state")));

        await DisposeComponentsAsync();

        Assert.True(_channel.Disposed);
    }

    [Fact]
    public void MutedParticipant_ReadsButIsToldWhy()
    {
        Interactive();
        _channel.Joins = ApiResult<EngagementParticipantResponse>.Ok(new EngagementParticipantResponse(LiveSamples.EventId, Guid.NewGuid(), EngagementRole.Audience, false, true));

        OpenTab("qa");
        var cut = Render<LivePage>(p => p.Add(x => x.EventId, LiveSamples.EventId));

        cut.WaitForAssertion(() => Assert.Contains("muted by the organizers", cut.Find("[data-testid=live-muted]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=ask-question]"));
    }

    private void OpenTab(string tab)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("tab", tab));
    }

    private void Interactive() => SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));

    private sealed class NoEventsApi : IEventsApi
    {
        public Task ReportTrafficAsync(Guid eventId, TrafficKind kind, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<ApiResult<PagedResponse<EventSearchItem>>> SearchAsync(EventSearchQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<ApiResult<EventResponse>> GetAsync(Guid eventId, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<EventResponse>.Fail("Not found."));
    }
}

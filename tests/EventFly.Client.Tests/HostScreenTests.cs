using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

/// <summary>The quiz on the big screen, run by its host.</summary>
public sealed class HostScreenTests : MudBlazorTestContext
{
    private static readonly Guid QuizId = Guid.NewGuid();
    private readonly FakeLiveApi _api;
    private readonly FakeLiveChannel _channel;

    public HostScreenTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.Services.AddFakeLiveChannel();
            context.Services.AddSingleton(TimeProvider.System);
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
        _api = Services.GetRequiredService<FakeLiveApi>();
        _channel = Services.GetRequiredService<FakeLiveChannel>();
        _api.Quiz = ApiResult<QuizResponse>.Ok(new QuizResponse(QuizId, LiveSamples.EventId, "Warm-up", QuizState.Draft, 3, null, LiveSamples.ServerNow, []));
        _api.QuizState = ApiResult<QuizSnapshotResponse>.Ok(
            new QuizSnapshotResponse(QuizId, LiveSamples.EventId, "Warm-up", QuizState.Draft, 3, null, null, null, null, [], null, null));
    }

    [Fact]
    public void InGerman_TheWelcomeAndTheControlsReadGerman()
    {
        using var german = new GermanCulture();
        _channel.Joins = ApiResult<EngagementParticipantResponse>.Ok(new EngagementParticipantResponse(LiveSamples.EventId, Guid.NewGuid(), EngagementRole.Staff, true, false));

        var cut = Render<HostScreen>(p => p.Add(x => x.EventId, LiveSamples.EventId).Add(x => x.QuizId, QuizId));

        cut.WaitForAssertion(() => Assert.Equal("ready", cut.Find("[data-testid=host-screen]").GetAttribute("data-host-state")));
        Assert.Equal("3 Fragen", cut.Find("[data-testid=host-progress]").TextContent.Trim());
        Assert.Contains("Mach mit beim Quiz!", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Scannen und mitspielen", cut.Find("[data-testid=host-join]").TextContent, StringComparison.Ordinal);
        Assert.Equal("QR-Code zum Mitspielen beim Quiz", cut.Find("[data-testid=qr-code]").GetAttribute("alt"));
        Assert.Contains("Bereit, wenn du es bist.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Quiz starten", cut.Find("[data-testid=host-next]").TextContent.Trim());
        Assert.Equal("Auflösen", cut.Find("[data-testid=host-reveal]").TextContent.Trim());
    }

    [Fact]
    public void InGerman_SomeoneWhoMayNotHostIsToldSoInGerman()
    {
        using var german = new GermanCulture();

        var cut = Render<HostScreen>(p => p.Add(x => x.EventId, LiveSamples.EventId).Add(x => x.QuizId, QuizId));

        cut.WaitForAssertion(() => Assert.Contains("Nur die Veranstalter des Events können dieses Quiz leiten.", cut.Find("[data-testid=host-refused]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Live-Seite öffnen", cut.Find("[data-testid=host-refused]").TextContent, StringComparison.Ordinal);
    }
}

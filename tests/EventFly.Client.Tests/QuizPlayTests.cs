using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Live;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class QuizPlayTests : MudBlazorTestContext
{
    private readonly FakeLiveApi _api;
    // The phone's clock runs five minutes behind the server's.
    private readonly ManualTimeProvider _device = new(LiveSamples.ServerNow.AddMinutes(-5));
    private readonly LiveEventState _state;
    private readonly LiveQuizQuestionResponse _question = LiveSamples.Question(timeLimit: 20, openedAt: LiveSamples.ServerNow.AddSeconds(-5));

    public QuizPlayTests()
        : base(context =>
        {
            context.Services.AddFakeLiveApi();
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
        _api = Services.GetRequiredService<FakeLiveApi>();
        _state = new LiveEventState(LiveSamples.EventId, new ServerClock(_device))
        {
            Participant = new EngagementParticipantResponse(LiveSamples.EventId, Guid.NewGuid(), EngagementRole.Audience, false, false),
        };
        // Fetched when the server's clock said 15 s were left.
        _state.SetQuiz(LiveSamples.OpenQuiz(_question, TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public void OpenQuestion_ShowsTheQuestion_AndCountsDownOnTheServersClock()
    {
        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        Assert.Equal("Which company created C#?", cut.Find("[data-testid=quiz-question]").TextContent);
        Assert.Equal("Question 1 of 3", cut.Find("[data-testid=quiz-progress]").TextContent);
        Assert.Equal(4, cut.FindAll("[data-testid^=quiz-answer-]").Count);
        // Not 315: the phone's clock is five minutes slow, the countdown runs on the server's.
        Assert.Equal("15", cut.Find("[data-testid=quiz-countdown]").GetAttribute("data-remaining"));

        _device.Now += TimeSpan.FromSeconds(4);

        cut.WaitForAssertion(() => Assert.Equal("11", cut.Find("[data-testid=quiz-countdown]").GetAttribute("data-remaining")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Answering_DisablesTheAnswers_AndShowsThePoints()
    {
        _api.AnswerResult = ApiResult<QuizAnswerResultResponse>.Ok(new QuizAnswerResultResponse(_question.Id, true, 850, 100, 2));
        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        cut.Find("[data-testid=quiz-answer-1]").Click();

        var answer = Assert.Single(_api.Answers);
        Assert.Equal(_question.Id, answer.QuestionId);
        Assert.Equal(_question.Options[1].Id, answer.OptionId);
        Assert.All(cut.FindAll("[data-testid^=quiz-answer-]"), b => Assert.True(b.HasAttribute("disabled")));
        var result = cut.Find("[data-testid=quiz-result]").TextContent;
        Assert.Contains("Correct! +850 points", result, StringComparison.Ordinal);
        Assert.Contains("Streak 2 · bonus +100", result, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=quiz-answer-1]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void AnswerTooLate_SaysTimesUp_AndTakesNoMoreAnswers()
    {
        _api.AnswerResult = ApiResult<QuizAnswerResultResponse>.Fail("Time's up: your answer came too late.") with { Code = "answer_too_late", Status = 409 };
        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        cut.Find("[data-testid=quiz-answer-0]").Click();

        Assert.Contains("Time's up!", cut.Find("[data-testid=quiz-timeup]").TextContent, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid^=quiz-answer-]"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void Reveal_MarksTheCorrectOption_WithHowManyChoseEach_AndTheCallersRank()
    {
        var me = new LeaderboardEntryResponse(2, _state.Participant!.UserId, "Ada", 942);
        var quiz = _state.Quiz!;
        _state.SetQuiz(quiz with
        {
            Phase = QuizQuestionPhase.Revealed, Remaining = TimeSpan.Zero, Me = me,
            Reveal = new QuizRevealResponse(_question.Id, _question.Options[0].Id, [.. _question.Options.Select((o, i) => new QuizOptionCountResponse(o.Id, 3 - i))]),
            Top = [new LeaderboardEntryResponse(1, Guid.NewGuid(), "Grace", 986), me],
        });

        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        Assert.Empty(cut.FindAll("[data-testid=quiz-countdown]"));
        Assert.Equal(["3", "2", "1", "0"], cut.FindAll("[data-testid^=quiz-count-]").Select(c => c.TextContent));
        Assert.DoesNotContain("quiz-answer-dimmed", cut.Find("[data-testid=quiz-answer-0]").ClassName, StringComparison.Ordinal);
        Assert.Contains("quiz-answer-dimmed", cut.Find("[data-testid=quiz-answer-1]").ClassName, StringComparison.Ordinal);
        Assert.Contains("#2", cut.Find("[data-testid=quiz-rank]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid=leaderboard] [data-testid=leaderboard-row]").Count);
        Assert.Contains("Time's up!", cut.Find("[data-testid=quiz-timeup]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InGerman_TheQuestionTheFeedbackAndTheCountdownReadGerman()
    {
        using var german = new GermanCulture();
        _api.AnswerResult = ApiResult<QuizAnswerResultResponse>.Ok(new QuizAnswerResultResponse(_question.Id, true, 1250, 100, 2));
        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        Assert.Equal("Frage 1 von 3", cut.Find("[data-testid=quiz-progress]").TextContent);
        // Read out by screen readers, in the plural German needs.
        Assert.Equal("Noch 15 Sekunden", cut.Find(".quiz-countdown-number").GetAttribute("aria-label"));

        cut.Find("[data-testid=quiz-answer-1]").Click();

        var result = cut.Find("[data-testid=quiz-result]").TextContent;
        Assert.Contains("Richtig! +1.250 Punkte", result, StringComparison.Ordinal);
        Assert.Contains("Serie 2 · Bonus +100", result, StringComparison.Ordinal);
    }

    [Fact]
    public void InGerman_TheFinalResultsReadGerman()
    {
        using var german = new GermanCulture();
        var me = _state.Participant!.UserId;
        var top = new[] { "Grace", "Ada", "Margaret" }.Select((n, i) => new LeaderboardEntryResponse(i + 1, i == 1 ? me : Guid.NewGuid(), n, 4000 - (i * 1000))).ToList();
        _state.SetQuiz(_state.Quiz! with { Status = QuizState.Finished, Phase = null, Question = null, Top = top, Me = top[1] });

        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        Assert.Contains("Endergebnis", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["Ada (du)", "Grace", "Margaret"], cut.FindAll("[data-testid=podium] .podium-name").Select(n => n.TextContent));
        Assert.Equal("3.000 Pkt.", cut.Find("[data-testid=podium] .podium-place-2 .podium-points").TextContent);
        Assert.Equal("Du hast 3.000 Punkte", cut.Find("[data-testid=quiz-rank] p, [data-testid=quiz-rank] .mud-typography-body1").TextContent.Trim());
        Assert.Contains("Rangliste", cut.Find("[data-testid=leaderboard]").TextContent, StringComparison.Ordinal);
        Assert.Contains("4.000", cut.Find("[data-testid=leaderboard-row]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FinishedQuiz_ShowsThePodium_SecondFirstThird()
    {
        var top = new[] { "Grace", "Ada", "Margaret", "Linus" }.Select((n, i) => new LeaderboardEntryResponse(i + 1, Guid.NewGuid(), n, 4000 - (i * 1000))).ToList();
        _state.SetQuiz(_state.Quiz! with { Status = QuizState.Finished, Phase = null, Question = null, Top = top });

        var cut = Render<QuizPlay>(p => p.Add(x => x.State, _state));

        Assert.Equal(["Ada", "Grace", "Margaret"], cut.FindAll("[data-testid=podium] .podium-name").Select(n => n.TextContent));
        Assert.Equal(4, cut.FindAll("[data-testid=leaderboard-row]").Count);
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

/// <summary>
/// The live channel between pages: what one participant does in the browser reaches the others' pages over the hub,
/// without a reload. The organizer's set-up (event, free tickets, poll, quiz) and the tickets go through the API.
/// </summary>
public sealed class LiveEngagementTests(HostFixture host) : BrowserTest(host)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Projector = new() { Width = 1280, Height = 720 };

    [Fact]
    public async Task Poll_ParticipantVotes_TheOtherSeesTheBarsMoveWithoutReloading_AndTheVoteCountsOnce()
    {
        var (_, organizer, eventId, ticketTypeId) = await LiveEventAsync("Poll night");
        using (organizer)
            await organizer.PostAsync($"/api/events/{eventId}/polls", new { question = "Which talk next?", options = new[] { "Blazor", "SignalR", "Redis" } });

        var ada = await NewTicketHolderPageAsync("Ada", eventId, ticketTypeId);
        var ben = await NewTicketHolderPageAsync("Ben", eventId, ticketTypeId, Phone);
        await OpenLivePageAsync(ben, eventId, "polls");
        await OpenLivePageAsync(ada, eventId, "polls");

        // Ben votes first: he sees the results, his own vote alone.
        await ben.Locator("[data-testid=poll-option-1]").ClickAsync();
        await Expect(ben.Locator("[data-testid=poll-count-1]")).ToHaveTextAsync("100% · 1");
        await Expect(ben.Locator("[data-testid=poll-total]")).ToHaveTextAsync("1 vote");
        // A mark that a reload would wipe out.
        await ben.EvaluateAsync("() => window.e2eNotReloaded = true");

        // Ada votes: both pages show the same counts, Ben's by the hub's push.
        await ada.Locator("[data-testid=poll-option-0]").ClickAsync();
        foreach (var page in new[] { ada, ben })
        {
            await Expect(page.Locator("[data-testid=poll-count-0]")).ToHaveTextAsync("50% · 1");
            await Expect(page.Locator("[data-testid=poll-count-1]")).ToHaveTextAsync("50% · 1");
            await Expect(page.Locator("[data-testid=poll-count-2]")).ToHaveTextAsync("0% · 0");
            await Expect(page.Locator("[data-testid=poll-total]")).ToHaveTextAsync("2 votes");
            await Expect(page.Locator("[data-testid=poll-bar-0]")).ToHaveAttributeAsync("style", "width:50%");
        }
        Assert.True(await ben.EvaluateAsync<bool>("() => window.e2eNotReloaded === true"), "Ben's page was reloaded.");

        // Ada cannot vote twice: no vote control left, and the API refuses a second ballot.
        await Expect(ada.Locator("[data-testid^=poll-option-]")).ToHaveCountAsync(0);
        var again = await ada.Context.APIRequest.GetAsync($"/api/events/{eventId}/polls");
        var pollId = (await again.JsonAsync())!.Value.EnumerateArray().First().GetProperty("id").GetGuid();
        var options = (await again.JsonAsync())!.Value.EnumerateArray().First().GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray();
        var second = await ada.Context.APIRequest.PostAsync($"/api/polls/{pollId}/votes", new() { DataObject = new { optionIds = new[] { options[2] } } });
        Assert.Equal(409, second.Status);
        Assert.Contains("already_voted", await second.TextAsync(), StringComparison.Ordinal);
        await Expect(ben.Locator("[data-testid=poll-total]")).ToHaveTextAsync("2 votes");

        // For the picture: the bars at their widths (they animate) and no "Thanks for voting" over the page.
        await ben.WaitForFunctionAsync("""
            () => [0, 1].every(i => {
                const bar = document.querySelector(`[data-testid=poll-bar-${i}]`);
                return Math.abs(bar.getBoundingClientRect().width - bar.parentElement.getBoundingClientRect().width / 2) < 1;
            })
            """);
        await ben.Locator(".mud-snackbar button").ClickAsync();
        await Expect(ben.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        await ben.DocsScreenshotAsync("live-page-phone");
    }

    [Fact]
    public async Task Quiz_HostRunsItOnTheBigScreen_PlayersAnswerOnTheirPhones_AndThePodiumRanksThem()
    {
        var (organizerEmail, organizer, eventId, ticketTypeId) = await LiveEventAsync("Quiz night");
        Guid quizId;
        using (organizer)
        {
            quizId = (await organizer.PostAsync($"/api/events/{eventId}/quizzes", new
            {
                title = "Warm-up quiz",
                questions = Questions.Select(q => new { text = q.Text, options = q.Options, correctOptionIndex = q.Correct, timeLimitSeconds = 30 }),
            })).GetProperty("id").GetGuid();
        }

        var ada = await NewTicketHolderPageAsync("Ada", eventId, ticketTypeId, Phone);
        var ben = await NewTicketHolderPageAsync("Ben", eventId, ticketTypeId, Phone);
        var screen = await NewPageSignedInAsAsync(organizerEmail, HostFixture.Password, Projector);
        await OpenLivePageAsync(ada, eventId, "quiz");
        await OpenLivePageAsync(ben, eventId, "quiz");
        await screen.GotoAsync($"/events/{eventId}/host/{quizId}");
        await screen.Locator("[data-testid=host-screen][data-host-state=ready]").WaitForAsync();
        await Expect(screen.Locator("[data-testid=host-next]")).ToHaveTextAsync("Start quiz");

        for (var n = 0; n < Questions.Length; n++)
        {
            var question = Questions[n];
            await screen.Locator("[data-testid=host-next]").ClickAsync();
            await Expect(screen.Locator("[data-testid=host-question]")).ToHaveTextAsync(question.Text);
            await Expect(screen.Locator("[data-testid=host-progress]")).ToHaveTextAsync($"Question {n + 1} of {Questions.Length}");

            // Ada knows them all; Ben only the second.
            await AnswerAsync(ada, question, question.Correct, correct: true);
            var bensChoice = n == 1 ? question.Correct : (question.Correct + 1) % question.Options.Length;
            await AnswerAsync(ben, question, bensChoice, correct: n == 1);

            await screen.Locator("[data-testid=host-reveal]").ClickAsync();
            await Expect(screen.Locator("[data-testid=host-answer-count]")).ToHaveTextAsync("2 answers");
            await Expect(screen.Locator("[data-testid=leaderboard-row]").First).ToContainTextAsync("Ada");
            // The players see how many chose what before the host moves on, as in the room.
            foreach (var player in new[] { ada, ben })
                await Expect(player.Locator($"[data-testid=quiz-count-{question.Correct}]")).ToHaveTextAsync(n == 1 ? "2" : "1");
        }

        await Expect(screen.Locator("[data-testid=host-next]")).ToHaveTextAsync("Final results");
        await screen.Locator("[data-testid=host-next]").ClickAsync();
        await Expect(screen.Locator("[data-testid=host-progress]")).ToHaveTextAsync("Final results");
        await Expect(screen.Locator("[data-testid=podium] .podium-place-1 .podium-name")).ToHaveTextAsync("Ada");
        await Expect(screen.Locator("[data-testid=podium] .podium-place-2 .podium-name")).ToHaveTextAsync("Ben");
        await Expect(screen.Locator("[data-testid=podium] .podium-place-3 .podium-name")).ToHaveTextAsync("");
        await screen.DocsScreenshotAsync("host-screen");

        await Expect(ada.Locator("[data-testid=quiz-play]")).ToHaveAttributeAsync("data-quiz-status", "finished");
        await Expect(ada.Locator("[data-testid=quiz-rank]")).ToContainTextAsync("#1");
        await Expect(ada.Locator("[data-testid=podium] .podium-place-1 .podium-name")).ToHaveTextAsync("Ada (you)");
        await Expect(ben.Locator("[data-testid=quiz-play]")).ToHaveAttributeAsync("data-quiz-status", "finished");
        await Expect(ben.Locator("[data-testid=quiz-rank]")).ToContainTextAsync("#2");
        await Expect(ben.Locator("[data-testid=podium] .podium-place-2 .podium-name")).ToHaveTextAsync("Ben (you)");
    }

    private sealed record QuizQuestion(string Text, string[] Options, int Correct);

    private static readonly QuizQuestion[] Questions =
    [
        new("Which company created C#?", ["Microsoft", "Sun", "Google", "Apple"], 0),
        new("What does the W in WASM stand for?", ["Wide", "Web", "Wasm", "Window"], 1),
        new("Which protocol does SignalR prefer?", ["Long polling", "Server-sent events", "WebSockets", "Carrier pigeon"], 2),
    ];

    /// <summary>Answers the open question once its text shows, then waits for the verdict.</summary>
    private static async Task AnswerAsync(IPage player, QuizQuestion question, int option, bool correct)
    {
        await Expect(player.Locator("[data-testid=quiz-question]")).ToHaveTextAsync(question.Text);
        await player.Locator($"[data-testid=quiz-answer-{option}]").ClickAsync();
        await Expect(player.Locator("[data-testid=quiz-result]")).ToHaveAttributeAsync("data-correct", correct ? "true" : "false");
    }

    /// <summary>A new organizer (its e-mail and API session) with a published event and a free ticket type.</summary>
    private async Task<(string OrganizerEmail, ApiSession Organizer, Guid EventId, Guid TicketTypeId)> LiveEventAsync(string name)
    {
        var email = PageExtensions.NewEmail("host");
        await Host.CreateAccountAsync(email);
        var api = await ApiSession.SignInAsync(Host, email);
        var eventId = await api.PublishedEventAsync($"{name} {Guid.NewGuid().ToString("N")[..6]}", "Meetup Crew");
        var ticketTypeId = await api.TicketTypeAsync(eventId, "Free entry", 0);
        return (email, api, eventId, ticketTypeId);
    }

    /// <summary>A new participant called <paramref name="name"/> holding a free ticket (both through the API); nothing loaded yet.</summary>
    private async Task<IPage> NewTicketHolderPageAsync(string name, Guid eventId, Guid ticketTypeId, ViewportSize? viewport = null)
    {
        var page = await NewSignedInPageAsync(PageExtensions.NewEmail(name.ToLowerInvariant()), viewport);
        var profile = await page.Context.APIRequest.PutAsync("/api/me/profile", new() { DataObject = new { displayName = name, interests = Array.Empty<string>() } });
        Assert.True(profile.Ok, $"Naming {name} answered {profile.Status}: {await profile.TextAsync()}");
        var order = await page.Context.APIRequest.PostAsync($"/api/events/{eventId}/orders",
            new() { DataObject = new { items = new[] { new { ticketTypeId, quantity = 1 } } } });
        Assert.True(order.Ok, $"{name}'s free order answered {order.Status}: {await order.TextAsync()}");
        return page;
    }

    /// <summary>The live page on <paramref name="tab"/>, loaded and joined to the hub (pushes from now on reach it).</summary>
    private static async Task OpenLivePageAsync(IPage page, Guid eventId, string tab)
    {
        await page.GotoAsync($"/events/{eventId}/live?tab={tab}");
        await page.Locator("[data-testid=live-page][data-live-state=live]").WaitForAsync();
    }
}

using EventFly.Services.Common;
using EventFly.Services.DemoData;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

/// <summary>
/// The demo meetup's live channel, made through the facades as its staff and its ticket holder would: posts (one pinned),
/// a comment and reactions, Q&amp;A (one answered), a closed poll, an open poll and a three-question quiz ready to host.
/// </summary>
internal sealed class EngagementDemoData(
    EngagementData db, IEventService events, IProfileService accounts, IFeedService feed, IQuestionService questions, IPollService polls,
    IQuizService quizzes) : IDemoDataContributor
{
    public const string Meetup = "Blazor & .NET Meetup";

    /// <summary>After the tickets (the participant's ticket makes her part of the channel).</summary>
    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Posts.AnyAsync(cancellationToken)) return;
        var meetup = (await events.SearchAsync(new EventSearch(Meetup, null, null, null, null, null, null, "date", 1, 5), cancellationToken)).Items
            .FirstOrDefault(e => e.Name == Meetup);
        if (meetup is null) return;
        var mia = await accounts.ActorOfAsync(DemoAccounts.Manager, cancellationToken);
        var ada = await accounts.ActorOfAsync(DemoAccounts.Participant, cancellationToken);

        var welcome = await feed.CreatePostAsync(mia, meetup.Id, new PostDraft(
            "## Welcome! 👋\nDoors open at **18:30**, talks start at 19:00. Ask your questions in the Q&A tab any time.", null, null), cancellationToken);
        await feed.PinPostAsync(mia, welcome.Id, cancellationToken);
        await feed.CreatePostAsync(mia, meetup.Id, new PostDraft(
            "Slides and code from last month's talk on *SignalR at scale* are on our GitHub page.", null, null), cancellationToken);
        var pizza = await feed.CreatePostAsync(mia, meetup.Id, new PostDraft("Pizza arrives after the second talk 🍕 — vegan options included.", null, null), cancellationToken);
        await feed.AddCommentAsync(ada, welcome.Id, "Looking forward to it!", cancellationToken);
        await feed.ReactAsync(ada, welcome.Id, "party", cancellationToken);
        await feed.ReactAsync(ada, pizza.Id, "love", cancellationToken);

        var recorded = await questions.AskAsync(ada, meetup.Id, new QuestionDraft("Will the talks be recorded?", false), cancellationToken);
        await questions.MarkAnsweredAsync(mia, recorded.Id, cancellationToken);
        await questions.AskAsync(ada, meetup.Id, new QuestionDraft("How do you test Blazor components without a browser?", true), cancellationToken);

        var closed = await polls.CreateAsync(mia, meetup.Id, new PollDraft(
            "Which .NET version runs your production apps?", [".NET 8", ".NET 9", ".NET 10"], false, null), cancellationToken);
        await polls.VoteAsync(ada, closed.Id, [closed.Options[2].Id], cancellationToken);
        await polls.CloseAsync(mia, closed.Id, cancellationToken);
        await polls.CreateAsync(mia, meetup.Id, new PollDraft(
            "What should the next meetup cover?", ["Blazor WebAssembly performance", ".NET Aspire", "AI in .NET apps"], true, null), cancellationToken);

        await quizzes.CreateAsync(mia, meetup.Id, new QuizDraft("Blazor trivia", [
            new QuizQuestionDraft("Which protocol does Blazor Server use for UI updates?", ["SignalR", "gRPC", "Server-sent events", "MQTT"], 0, 20),
            new QuizQuestionDraft("What runs .NET code in the browser for Blazor WebAssembly?", ["A JavaScript transpiler", "The .NET runtime compiled to WebAssembly", "A browser plug-in"], 1, 20),
            new QuizQuestionDraft("Which file declares a PWA's name and icons?", ["service-worker.js", "index.html", "manifest.webmanifest", "appsettings.json"], 2, 15),
        ]), cancellationToken);
    }
}

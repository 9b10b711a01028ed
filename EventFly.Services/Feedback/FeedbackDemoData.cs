using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Identity;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>
/// A past Riverside event with feedback: Otto's organization held it twelve days ago; Ada and six more demo participants
/// held tickets and rated it, and Otto replied to one comment. Made through the facades, as in the apps; an event can only
/// be published (and its tickets sold) before it ends, so it is published with a later end, then moved to its real times.
/// </summary>
internal sealed class FeedbackDemoData(
    FeedbackData db, IEventService events, ITicketCatalog catalog, IOrderPlacement orders, IProfileService accounts, UserManager<AppUser> users,
    IFeedbackService feedback, TimeProvider time) : IDemoDataContributor
{
    public const string PastEvent = "Riverside Spring Concert";

    private static readonly (string Email, string Name, int Rating, int? Content, int? Venue, int? Organization, string? Comment)[] Ratings =
    [
        ("ada@demo.eventfly.dev", "Ada Lovelace", 5, 5, 4, 5, "Wonderful evening by the river. The string quartet was the highlight!"),
        ("grace@demo.eventfly.dev", "Grace Hopper", 4, 5, 3, 4, "Great music, but the queue for drinks was long."),
        ("alan@demo.eventfly.dev", "Alan Turing", 5, 5, 5, 5, null),
        ("katherine@demo.eventfly.dev", "Katherine Johnson", 4, 4, 4, null, "Lovely atmosphere. More seating next time, please."),
        ("linus@demo.eventfly.dev", "Linus Nordberg", 3, 3, 2, 4, "Sound was too quiet at the back."),
        ("margaret@demo.eventfly.dev", "Margaret Hamilton", 5, null, null, null, "Perfect start to the summer season."),
        ("tim@demo.eventfly.dev", "Tim Berners", 4, 4, 5, 4, null),
    ];

    /// <summary>After Engagement (it needs the demo events, organizations and accounts).</summary>
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Feedback.AnyAsync(cancellationToken)) return;
        var jazz = (await events.SearchAsync(new EventSearch("Riverside Jazz Night", null, null, null, null, null, null, "date", 1, 5), cancellationToken)).Items
            .FirstOrDefault(e => e.Name == "Riverside Jazz Night");
        if (jazz is null || await events.GetSummaryAsync(jazz.Id, cancellationToken) is not { } riverside) return;
        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);

        var today = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var starts = today.AddDays(-12).AddHours(17);
        var details = new EventDetails(PastEvent, "An evening of **chamber music** on the river bank, to open the season.", "music", ["classical", "live", "outdoor"],
            starts, time.GetUtcNow().AddHours(1), "Europe/Berlin", new Venue("Isar Riverside Stage", "Erhardtstraße 10", "Munich", 48.1313, 11.5802), null,
            EventVisibility.Public);
        var concert = await events.CreateAsync(otto, riverside.OrganizationId, details, cancellationToken);
        var type = await catalog.CreateTicketTypeAsync(otto, concert.Id,
            new TicketTypeDetails("Lawn", null, new Money(0m, "EUR"), 200, null, null, 1, 4, "General", false, null), cancellationToken);
        await events.PublishAsync(otto, concert.Id, cancellationToken);

        var raters = new List<(Actor Actor, FeedbackSubmission Submission)>();
        foreach (var r in Ratings)
        {
            var rater = await ParticipantAsync(r.Email, r.Name, cancellationToken);
            await orders.PlaceOrderAsync(rater, concert.Id, [new OrderLineRequest(type.Id, 1)], $"demo-feedback-{r.Email}", cancellationToken);
            raters.Add((rater, new FeedbackSubmission(r.Rating, r.Comment, new AspectRatings(r.Content, r.Venue, r.Organization))));
        }
        await events.UpdateAsync(otto, concert.Id, details with { EndsAt = starts.AddHours(3) }, cancellationToken);

        foreach (var (rater, submission) in raters) await feedback.SubmitAsync(rater, concert.Id, submission, cancellationToken);
        var summary = await feedback.GetSummaryAsync(otto, concert.Id, new FeedbackCommentFilter(3, true, 1, 1), cancellationToken);
        if (summary.Comments.Count > 0)
            await feedback.ReplyAsync(otto, summary.Comments[0].Id, "Thanks for telling us — we are moving the speakers further back next time.", cancellationToken);
    }

    /// <summary>A demo participant (Ada, or one made for the feedback) as a caller.</summary>
    private async Task<Actor> ParticipantAsync(string email, string name, CancellationToken cancellationToken)
    {
        if (await accounts.FindAccountByEmailAsync(email, cancellationToken) is { } existing) return new Actor(existing.Id);
        var user = AppUser.Create(email);
        user.ApplyProfile(ParticipantProfile.Create(name, "Munich", null, null, ["music"]));
        user.EmailConfirmed = true;
        var result = await users.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded) throw new InvalidOperationException("Seeding demo participants failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return new Actor(user.Id);
    }
}

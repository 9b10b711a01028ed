using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>
/// Ratings of the past demo concert (<see cref="DemoPastEvent"/>) by Ada and the raters, and Otto's reply to one comment;
/// made through the facades, as in the apps.
/// </summary>
internal sealed class FeedbackDemoData(
    FeedbackData db, IEventService events, IOrganizationService organizations, IProfileService accounts, IFeedbackService feedback) : IDemoDataContributor
{
    private static readonly (string Email, int Rating, int? Content, int? Venue, int? Organization, string? Comment)[] Ratings =
    [
        ("ada@demo.eventfly.dev", 5, 5, 4, 5, "Wonderful evening by the river. The string quartet was the highlight!"),
        ("grace@demo.eventfly.dev", 4, 5, 3, 4, "Great music, but the queue for drinks was long."),
        ("alan@demo.eventfly.dev", 5, 5, 5, 5, null),
        ("katherine@demo.eventfly.dev", 4, 4, 4, null, "Lovely atmosphere. More seating next time, please."),
        ("linus@demo.eventfly.dev", 3, 3, 2, 4, "Sound was too quiet at the back."),
        ("margaret@demo.eventfly.dev", 5, null, null, null, "Perfect start to the summer season."),
        ("tim@demo.eventfly.dev", 4, 4, 5, 4, null),
    ];

    /// <summary>After Ticketing sold the concert's tickets, before Events ends it.</summary>
    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Feedback.AnyAsync(cancellationToken)) return;
        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);
        if (await events.PastDemoEventAsync(organizations, otto, cancellationToken) is not { } concert) return;

        foreach (var r in Ratings)
        {
            var rater = await accounts.ActorOfAsync(DemoAccounts.All.Single(a => a.Email == r.Email), cancellationToken);
            await feedback.SubmitAsync(rater, concert.Id, new FeedbackSubmission(r.Rating, r.Comment, new AspectRatings(r.Content, r.Venue, r.Organization)), cancellationToken);
        }
        var summary = await feedback.GetSummaryAsync(otto, concert.Id, new FeedbackCommentFilter(3, true, 1, 1), cancellationToken);
        if (summary.Comments.Count > 0)
            await feedback.ReplyAsync(otto, summary.Comments[0].Id, "Thanks for telling us — we are moving the speakers further back next time.", cancellationToken);
    }
}

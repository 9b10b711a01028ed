using EventFly.Domain.Feedback;
using EventFly.Services.DemoData;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Persistence;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>
/// The crowd's ratings of the past concert (<see cref="DemoHistory"/>): about half of those scanned in at its door answer the
/// feedback request in the days after it, mostly happy, some with a comment. Made by the domain at their past times within
/// the feedback window; being history, they announce nothing (no integration events).
/// </summary>
internal sealed class CrowdFeedbackDemoData(
    FeedbackData db, FeedbackAccess access, WriteTransactions writes, IEventService events, IOrganizationService organizations, IProfileService accounts,
    ITicketHolders holders) : IDemoDataContributor
{
    private static readonly (int Rating, double Weight)[] Ratings = [(5, 0.38), (4, 0.36), (3, 0.15), (2, 0.08), (1, 0.03)];

    private static readonly string[] Happy =
    [
        "Magical evening — the Dvořák by the river was unforgettable.", "Beautiful music and a perfect sunset. We'll be back!",
        "Great sound even at the back of the lawn. Thank you!", "Relaxed atmosphere, and the reserved seats were worth it.",
        "The reception for patrons was a lovely touch.", "Brought my parents; they loved it.", "Well organised, hardly any queue at the door.",
        "Schubert as the finale — goosebumps.",
    ];

    private static readonly string[] Mixed =
    [
        "Good music, but the lawn got crowded near the front.", "Nice evening; the drinks were pricey.",
        "Hard to hear the quiet passages over the boats on the river.", "Fine, but it started fifteen minutes late.",
    ];

    private static readonly string[] Unhappy =
    [
        "Couldn't see the players from the back of the lawn.", "Too cold once the sun went down — blankets to borrow would help.",
        "Long wait at the entrance and no signs to the reserved seats.",
    ];

    /// <summary>After Ada's and the raters' feedback and Otto's reply, before Events ends the concert.</summary>
    public int Order => 55;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);
        if (await events.PastDemoEventAsync(organizations, otto, cancellationToken) is not { } concert) return;
        var crowd = (await accounts.CrowdIdsAsync(cancellationToken)).ToHashSet();
        if (await db.Feedback.AnyAsync(f => f.EventId == concert.Id && crowd.Contains(f.UserId), cancellationToken)) return;
        var attendees = (await holders.ListHoldersAsync(concert.Id, cancellationToken)).Where(h => h.CheckedIn && crowd.Contains(h.UserId)).ToList();
        var summary = await access.EventAsync(concert.Id, cancellationToken);
        var window = await access.WindowAsync(summary, cancellationToken);
        // The request goes out an hour after the end (NotificationScheduler); most answer within a day.
        var asked = concert.StartsAt.AddHours(DemoPastEvent.LastsHours + 1);
        var dice = new DemoDice(55);
        List<string>[] comments = [[.. Unhappy], [.. Mixed], [.. Happy]];

        await using var transaction = await writes.BeginAsync(cancellationToken);
        foreach (var attendee in attendees)
        {
            if (!dice.Chance(0.55)) continue;
            var rating = dice.PickWeighted(Ratings);
            var pool = comments[rating switch { <= 2 => 0, 3 => 1, _ => 2 }];
            string? comment = null;
            if (pool.Count > 0 && dice.Chance(0.45))
            {
                comment = dice.Pick(pool);
                pool.Remove(comment);
            }
            var input = new FeedbackInput(rating, comment, Aspect(rating, 0.2, dice), Aspect(rating, -0.4, dice), Aspect(rating, 0, dice));
            db.Add(EventFeedback.Submit(concert.Id, summary.OrganizationId, attendee.UserId, input, window,
                asked + dice.Wait(TimeSpan.FromHours(20), TimeSpan.FromDays(6))));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Three in four also rate an aspect: near their overall rating, the music (content) a little above it, the venue below.</summary>
    private static int? Aspect(int rating, double lean, DemoDice dice) =>
        dice.Chance(0.75) ? Math.Clamp((int)Math.Round(rating + lean + ((dice.Next() - 0.5) * 2)), FeedbackInput.MinRating, FeedbackInput.MaxRating) : null;
}

using EventFly.Domain.Engagement;
using EventFly.Services.DemoData;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

/// <summary>
/// The past concert's live channel as it ran (<see cref="DemoHistory"/>): Otto's posts before, during and after it (the door
/// times pinned), the crowd's reactions and a few comments, and a poll on the favourite piece, opened at the interval,
/// answered by most of those who were scanned in and closed after the last piece. Made by the domain at their past times,
/// with the poll's counters raised as voting raises them; being history, they announce nothing (no pushes, no bell
/// entries, no integration events). Ada takes no part, so her view of the concert stays as it was.
/// </summary>
internal sealed class ConcertEngagementDemoData(
    EngagementData db, WriteTransactions writes, IEventService events, IOrganizationService organizations, IProfileService accounts, ITicketHolders holders)
    : IDemoDataContributor
{
    private static readonly string[] Pieces = ["Haydn: the “Sunrise” quartet", "Dvořák: the “American” quartet", "Schubert: “Death and the Maiden”"];

    /// <summary>Answers to the thank-you post, and how many minutes after it.</summary>
    private static readonly (string Text, int Minutes)[] ThankYous =
    [
        ("What an evening — the Schubert gave me goosebumps.", 25), ("The sunset during the Haydn was magical.", 70),
        ("Please do this again in the autumn!", 600), ("Thank you! Looking forward to the summer concerts.", 1_500),
    ];

    /// <summary>After the crowd's check-ins (Ticketing), before Events ends the concert.</summary>
    public int Order => 45;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var otto = await accounts.ActorOfAsync(DemoAccounts.Organizer, cancellationToken);
        if (await events.PastDemoEventAsync(organizations, otto, cancellationToken) is not { } concert) return;
        if (await db.Posts.AnyAsync(p => p.EventId == concert.Id, cancellationToken)) return;
        var crowd = (await accounts.CrowdIdsAsync(cancellationToken)).ToHashSet();
        var attendees = (await holders.ListHoldersAsync(concert.Id, cancellationToken)).Where(h => h.CheckedIn && crowd.Contains(h.UserId)).Select(h => h.UserId).ToList();
        if (attendees.Count == 0) return;
        var (starts, ends) = (concert.StartsAt, concert.StartsAt.AddHours(DemoPastEvent.LastsHours));
        var dice = new DemoDice(45);

        var programme = Post.Create(concert.Id, otto.UserId, "Three days to go! The programme: **Haydn**'s *Sunrise* quartet, **Dvořák**'s " +
            "*American* and, after the interval, **Schubert**'s *Death and the Maiden*.", null, starts.AddDays(-3).AddHours(-6));
        var doors = Post.Create(concert.Id, otto.UserId, "## Doors open 45 minutes before the start\nThe lawn is first come, first served — bring a blanket. " +
            "Reserved seats are under the canopy; patrons, the reception is by the bar.", null, starts.AddHours(-2));
        doors.Pin(starts.AddHours(-2));
        var interval = Post.Create(concert.Id, otto.UserId, "Interval: 20 minutes. The riverside bar is open — and tell us your favourite piece in the poll!",
            null, starts.AddMinutes(70));
        var thanks = Post.Create(concert.Id, otto.UserId, "Thank you for a wonderful evening by the river! 🎻 Photos follow this week — and we would love your feedback.",
            null, ends.AddMinutes(15));
        foreach (var post in (Post[])[programme, doors, interval, thanks]) db.Add(post);

        React(programme, attendees, 0.3, [(ReactionKinds.Love, 3), (ReactionKinds.Like, 2), (ReactionKinds.Party, 1)], starts - programme.PublishAt, dice);
        React(doors, attendees, 0.2, [(ReactionKinds.Like, 3), (ReactionKinds.Clap, 1)], TimeSpan.FromHours(2), dice);
        React(interval, attendees, 0.15, [(ReactionKinds.Like, 2), (ReactionKinds.Clap, 2)], TimeSpan.FromMinutes(20), dice);
        React(thanks, attendees, 0.55, [(ReactionKinds.Love, 3), (ReactionKinds.Clap, 3), (ReactionKinds.Party, 1), (ReactionKinds.Wow, 1)], TimeSpan.FromDays(2), dice);
        AddComment(programme, dice.Pick(attendees), "Can't wait — the American quartet is my favourite!", programme.PublishAt.AddHours(2));
        AddComment(programme, dice.Pick(attendees), "Is there somewhere to park near the stage?", programme.PublishAt.AddHours(5));
        AddComment(programme, otto.UserId, "Bike racks at the entrance; the nearest car park is at the Deutsches Museum, a ten-minute walk.", programme.PublishAt.AddHours(6));
        AddComment(doors, dice.Pick(attendees), "Running ten minutes late, save me a spot on the lawn 😄", starts.AddMinutes(-30));
        foreach (var (text, after) in ThankYous)
            AddComment(thanks, dice.Pick(attendees), text, thanks.PublishAt.AddMinutes(after));

        await using var transaction = await writes.BeginAsync(cancellationToken);
        var (poll, ballots) = Vote(concert.Id, attendees, starts.AddMinutes(65), starts.AddMinutes(70), ends.AddMinutes(10), dice);
        await db.SaveChangesAsync(cancellationToken);
        // The counters, as voting raises them (by the database, never from the entity).
        await db.Polls.Where(p => p.Id == poll.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.BallotCount, ballots.Count), cancellationToken);
        foreach (var option in poll.Options)
        {
            var votes = ballots.Count(b => b.OptionIds.Contains(option.Id));
            await db.PollOptions.Where(o => o.Id == option.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Votes, votes), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Each attendee reacts with the given chance, one of <paramref name="kinds"/> (by weight), within <paramref name="within"/> of the post.</summary>
    private void React(Post post, IReadOnlyList<Guid> attendees, double chance, (string Kind, double Weight)[] kinds, TimeSpan within, DemoDice dice)
    {
        foreach (var person in attendees)
            if (dice.Chance(chance))
                db.Add(Reaction.Create(post, person, dice.PickWeighted(kinds), post.PublishAt + dice.Wait(within / 4, within)));
    }

    private void AddComment(Post post, Guid author, string body, DateTimeOffset at) => db.Add(Comment.Create(post, author, body, at));

    /// <summary>The interval poll: most attendees answer, during the interval or soon after; the Dvořák wins.</summary>
    private (Poll Poll, List<Ballot> Ballots) Vote(Guid eventId, IReadOnlyList<Guid> attendees, DateTimeOffset created, DateTimeOffset opens, DateTimeOffset closes, DemoDice dice)
    {
        var poll = Poll.Create(eventId, "Which piece did you enjoy most tonight?", Pieces, false, null, ResultsVisibility.Live, created);
        poll.Open(opens);
        var options = poll.Options;
        (Guid Option, double Weight)[] favourites = [(options[0].Id, 0.25), (options[1].Id, 0.45), (options[2].Id, 0.3)];
        var ballots = new List<Ballot>();
        foreach (var person in attendees)
            if (dice.Chance(0.6))
                ballots.Add(poll.CastBallot(person, [dice.PickWeighted(favourites)], opens + dice.Wait(TimeSpan.FromMinutes(12), closes - opens - TimeSpan.FromMinutes(1))));
        poll.Close(closes);
        db.Add(poll);
        foreach (var ballot in ballots) db.Add(ballot);
        return (poll, ballots);
    }
}

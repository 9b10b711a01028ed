using EventFly.Domain.Common;
using EventFly.Domain.Events;

namespace EventFly.Domain.Tests;

public sealed class EventTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Venue Hall = new("Hall", "Main st 1", "Berlin", 52.52, 13.40);

    private static EventDetails Details(Venue? venue = null, string? onlineUrl = null, int startInDays = 10, int hours = 3, string category = "music") =>
        new("Gig", "**Loud**", category, [" Jazz ", "jazz", "Live"], Now.AddDays(startInDays), Now.AddDays(startInDays).AddHours(hours),
            "Europe/Berlin", venue ?? (onlineUrl is null ? Hall : null), onlineUrl, EventVisibility.Public);

    [Fact]
    public void Create_IsADraftWithNormalizedTags()
    {
        var created = Event.Create(Guid.NewGuid(), Details(), Now);

        Assert.Equal(EventStatus.Draft, created.Status);
        Assert.Equal(["jazz", "live"], created.Tags);
    }

    [Theory]
    [InlineData(0, "ends_before_start")]
    [InlineData(-1, "ends_before_start")]
    public void Create_EndingBeforeItStarts_Throws(int hours, string code) =>
        Assert.Equal(code, Assert.Throws<DomainException>(() => Event.Create(Guid.NewGuid(), Details(hours: hours), Now)).Code);

    [Fact]
    public void Create_OnlineWithoutUrl_OrInPersonWithoutVenue_Throws()
    {
        var noPlace = new EventDetails("Gig", null, "music", [], Now.AddDays(1), Now.AddDays(1).AddHours(1), "UTC", null, null, EventVisibility.Public);

        Assert.Equal("venue_required", Assert.Throws<DomainException>(() => Event.Create(Guid.NewGuid(), noPlace, Now)).Code);
        Assert.Equal("invalid_online_url", Assert.Throws<DomainException>(() => Event.Create(Guid.NewGuid(), Details(onlineUrl: "javascript:alert(1)"), Now)).Code);
    }

    [Fact]
    public void Publish_RaisesEventPublished_AndTwiceThrows()
    {
        var created = Event.Create(Guid.NewGuid(), Details(), Now);

        created.Publish(Now);

        Assert.Equal(EventStatus.Published, created.Status);
        Assert.IsType<EventPublished>(Assert.Single(created.DomainEvents));
        Assert.Equal("already_published", Assert.Throws<DomainException>(() => created.Publish(Now)).Code);
    }

    [Fact]
    public void Edit_OfAPublishedEvent_RaisesEventRescheduled_OnlyWhenTimeOrPlaceMoves()
    {
        var ev = Event.Create(Guid.NewGuid(), Details(), Now);
        ev.Edit(Details(startInDays: 11), Now); // a draft: nobody holds tickets yet
        Assert.Empty(ev.DomainEvents);
        ev.Publish(Now);
        ev.ClearDomainEvents();

        ev.Edit(Details(startInDays: 11) with { DescriptionMarkdown = "Now **louder**" }, Now);
        Assert.IsType<EventUpdated>(Assert.Single(ev.DomainEvents));
        ev.ClearDomainEvents();

        ev.Edit(Details(startInDays: 12), Now);
        ev.Edit(Details(startInDays: 12, venue: new Venue("Bigger hall", "Main st 1", "Berlin", 52.52, 13.40)), Now);
        ev.Edit(Details(onlineUrl: "https://meet.example.com/gig", startInDays: 12), Now);
        var moves = ev.DomainEvents.OfType<EventRescheduled>().ToList();
        Assert.Equal(3, moves.Count);
        Assert.Equal(3, moves.Select(m => m.ChangeId).Distinct().Count());
    }

    [Fact]
    public void Publish_WithoutTicketTypes_WhenTicketingSaysSo_Throws()
    {
        var created = Event.Create(Guid.NewGuid(), Details(), Now);

        Assert.Equal("no_ticket_types", Assert.Throws<DomainException>(() => created.Publish(Now, hasTicketTypes: false)).Code);
    }

    [Fact]
    public void Publish_AfterTheEventEnded_Throws()
    {
        var created = Event.Create(Guid.NewGuid(), Details(startInDays: -2), Now.AddDays(-3));

        Assert.Equal("event_ended", Assert.Throws<DomainException>(() => created.Publish(Now)).Code);
    }

    [Fact]
    public void Cancelled_CannotBeEditedPublishedOrCancelledAgain()
    {
        var created = Event.Create(Guid.NewGuid(), Details(), Now);
        created.Publish(Now);
        created.Cancel(Now);

        Assert.Equal("event_cancelled", Assert.Throws<DomainException>(() => created.Edit(Details(), Now)).Code);
        Assert.Equal("event_cancelled", Assert.Throws<DomainException>(() => created.Publish(Now)).Code);
        Assert.Equal("event_cancelled", Assert.Throws<DomainException>(() => created.Cancel(Now)).Code);
    }

    [Fact]
    public void Duplicate_IsANewDraftWithTheSameDetails()
    {
        var original = Event.Create(Guid.NewGuid(), Details(), Now);
        original.Publish(Now);

        var copy = original.Duplicate(Now);

        Assert.NotEqual(original.Id, copy.Id);
        Assert.Equal(EventStatus.Draft, copy.Status);
        Assert.Equal("Gig (copy)", copy.Name);
        Assert.Equal(original.Venue, copy.Venue);
    }

    [Fact]
    public void Venue_OutOfRangeCoordinates_Throw() =>
        Assert.Equal("invalid_latitude", Assert.Throws<DomainException>(() => new Venue("Hall", null, "Berlin", 91, 0)).Code);

    [Fact]
    public void UnknownCategory_Throws() =>
        Assert.Equal("invalid_category", Assert.Throws<DomainException>(() => Event.Create(Guid.NewGuid(), Details(category: "opera-on-ice"), Now)).Code);
}

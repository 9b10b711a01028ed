using EventFly.Domain.Events;
using EventFly.Services.Common;

namespace EventFly.Services.Events.Contracts;

/// <summary>
/// Events: create, edit, publish, cancel, duplicate; discovery; calendar export. Every use case takes its caller and
/// checks it through <see cref="IEventAccess"/> (drafts hidden, <c>events.manage</c> to change); discovery is public.
/// </summary>
public interface IEventService
{
    /// <summary>Needs <c>events.manage</c> org-wide (staff limited to some events may not create events).</summary>
    Task<EventView> CreateAsync(Actor actor, Guid organizationId, EventDetails details, CancellationToken cancellationToken);

    /// <summary>The event; its online URL only for its staff.</summary>
    Task<EventView> GetAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>What other contexts need of an event, cheaply (no Markdown rendering, no caller); null when there is no such event.</summary>
    Task<EventSummary?> GetSummaryAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Summaries of many events at once (unknown ids are left out).</summary>
    Task<IReadOnlyList<EventSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>The event as its ticket holders see it, online URL included (Ticketing's e-mails to them); no caller check.</summary>
    Task<EventView> GetForTicketHoldersAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Published (not cancelled) events starting after <paramref name="after"/> and at or before <paramref name="until"/> (Notifications' reminders); no caller check.</summary>
    Task<IReadOnlyList<EventSummary>> ListPublishedStartingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Published (not cancelled) events ending after <paramref name="after"/> and at or before <paramref name="until"/> (Notifications' feedback requests); no caller check.</summary>
    Task<IReadOnlyList<EventSummary>> ListPublishedEndingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Published public events starting after <paramref name="after"/>, as catalog entries (Recommendations' candidates); no caller check.</summary>
    Task<IReadOnlyList<EventCatalogEntry>> ListUpcomingPublicAsync(DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>Catalog entries of the given events whatever their state (unknown ids left out): what people booked before.</summary>
    Task<IReadOnlyList<EventCatalogEntry>> GetCatalogEntriesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>For the organization's staff: every event, or only theirs for staff limited to some events.</summary>
    Task<IReadOnlyList<EventView>> ListForOrganizationAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken);

    Task<EventView> UpdateAsync(Actor actor, Guid eventId, EventDetails details, CancellationToken cancellationToken);

    Task<EventView> PublishAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    Task<EventView> CancelAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>A copy is a new event: needs <c>events.manage</c> for the event and org-wide.</summary>
    Task<EventView> DuplicateAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);

    /// <summary>Stores a JPEG, PNG or WebP (checked by content, at most 5 MB) as the cover.</summary>
    Task<EventView> SetCoverImageAsync(Actor actor, Guid eventId, ReadOnlyMemory<byte> image, CancellationToken cancellationToken);

    /// <summary>Published, public events that have not ended.</summary>
    Task<Page<EventSearchHit>> SearchAsync(EventSearch search, CancellationToken cancellationToken);

    /// <summary>The event as an iCalendar (.ics) document.</summary>
    Task<string> GetCalendarAsync(Actor actor, Guid eventId, string eventUrl, CancellationToken cancellationToken);
}

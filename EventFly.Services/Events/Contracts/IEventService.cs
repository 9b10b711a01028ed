using EventFly.Domain.Events;
using EventFly.Services.Common;

namespace EventFly.Services.Events.Contracts;

/// <summary>Events: create, edit, publish, cancel, duplicate; discovery; calendar export.</summary>
public interface IEventService
{
    /// <summary>The organization that owns the event (for authorization), or null when there is no such event.</summary>
    Task<EventOwner?> GetOwnerAsync(Guid eventId, CancellationToken cancellationToken);

    Task<EventView> CreateAsync(Guid organizationId, EventDetails details, CancellationToken cancellationToken);

    Task<EventView> GetAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>What other contexts need of an event, cheaply (no Markdown rendering); null when there is no such event.</summary>
    Task<EventSummary?> GetSummaryAsync(Guid eventId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EventView>> ListForOrganizationAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<EventView> UpdateAsync(Guid eventId, EventDetails details, CancellationToken cancellationToken);

    Task<EventView> PublishAsync(Guid eventId, CancellationToken cancellationToken);

    Task<EventView> CancelAsync(Guid eventId, CancellationToken cancellationToken);

    Task<EventView> DuplicateAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Stores a JPEG, PNG or WebP (checked by content, at most 5 MB) as the cover.</summary>
    Task<EventView> SetCoverImageAsync(Guid eventId, ReadOnlyMemory<byte> image, CancellationToken cancellationToken);

    /// <summary>Published, public events that have not ended.</summary>
    Task<Page<EventSearchHit>> SearchAsync(EventSearch search, CancellationToken cancellationToken);

    /// <summary>The event as an iCalendar (.ics) document.</summary>
    Task<string> GetCalendarAsync(Guid eventId, string eventUrl, CancellationToken cancellationToken);
}

using EventFly.Domain.Common;

namespace EventFly.Domain.Events;

/// <summary>
/// Something an organization runs at a time, at a venue or online. Lifecycle: draft → published → cancelled
/// (an event whose end has passed reads as ended). A cancelled event cannot change any more.
/// </summary>
public sealed class Event : Entity<Guid>
{
    public const int MaxNameLength = 150;
    public const int MaxDescriptionLength = 20_000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 30;

    private Event()
    {
        Name = "";
        Category = "";
        TimeZone = "";
    }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; }

    public string? DescriptionMarkdown { get; private set; }

    public string Category { get; private set; }

    public List<string> Tags { get; private set; } = [];

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>IANA time zone the schedule is shown in, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; private set; }

    public Venue? Venue { get; private set; }

    /// <summary>Set for online events; shown only to ticket holders.</summary>
    public string? OnlineUrl { get; private set; }

    public bool IsOnline => OnlineUrl is not null;

    public EventVisibility Visibility { get; private set; }

    public EventStatus Status { get; private set; }

    public string? CoverImage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public static Event Create(Guid organizationId, EventDetails details, DateTimeOffset now)
    {
        var created = new Event { Id = Guid.CreateVersion7(now), OrganizationId = organizationId, CreatedAt = now, Status = EventStatus.Draft };
        created.Apply(details);
        return created;
    }

    public bool HasEnded(DateTimeOffset now) => HasEnded(EndsAt, now);

    /// <summary>The same rule for an event known only by its end (a projection).</summary>
    public static bool HasEnded(DateTimeOffset endsAt, DateTimeOffset now) => endsAt <= now;

    public void Edit(EventDetails details, DateTimeOffset now)
    {
        EnsureNotCancelled();
        var (startsAt, endsAt, venue, onlineUrl) = (StartsAt, EndsAt, Venue, OnlineUrl);
        Apply(details);
        if (Status != EventStatus.Published) return;
        Raise(new EventUpdated(Id, now));
        // Ticket holders are told when the time or the place moves, not of a new description.
        if (StartsAt != startsAt || EndsAt != endsAt || Venue != venue || OnlineUrl != onlineUrl)
            Raise(new EventRescheduled(Id, Guid.CreateVersion7(now), now));
    }

    /// <param name="hasTicketTypes">Whether ticketing has something to sell; null until the Ticketing context exists.</param>
    public void Publish(DateTimeOffset now, bool? hasTicketTypes = null)
    {
        EnsureNotCancelled();
        if (Status == EventStatus.Published) throw new DomainException(EventErrors.AlreadyPublished, "The event is already published.");
        if (HasEnded(now)) throw new DomainException(EventErrors.EventEnded, "An event that has ended cannot be published.");
        if (hasTicketTypes == false) throw new DomainException(EventErrors.NoTicketTypes, "Add at least one ticket type before publishing.");
        Status = EventStatus.Published;
        PublishedAt = now;
        Raise(new EventPublished(Id, OrganizationId, now));
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureNotCancelled();
        Status = EventStatus.Cancelled;
        CancelledAt = now;
        Raise(new EventCancelled(Id, OrganizationId, now));
    }

    public void SetCoverImage(string? path)
    {
        EnsureNotCancelled();
        CoverImage = path;
    }

    /// <summary>A new draft with the same details (and cover), named "… (copy)".</summary>
    public Event Duplicate(DateTimeOffset now)
    {
        var name = Name.Length + 7 <= MaxNameLength ? $"{Name} (copy)" : Name;
        var copy = Create(OrganizationId, new EventDetails(name, DescriptionMarkdown, Category, Tags, StartsAt, EndsAt, TimeZone, Venue, OnlineUrl, Visibility), now);
        copy.CoverImage = CoverImage;
        return copy;
    }

    private void Apply(EventDetails d)
    {
        var name = d.Name?.Trim() ?? "";
        if (name.Length == 0) throw new DomainException(EventErrors.NameRequired, "An event needs a name.");
        if (name.Length > MaxNameLength) throw new DomainException(EventErrors.NameTooLong, $"A name has at most {MaxNameLength} characters.");
        if (d.DescriptionMarkdown?.Length > MaxDescriptionLength)
            throw new DomainException(EventErrors.DescriptionTooLong, $"A description has at most {MaxDescriptionLength} characters.");
        if (!EventCategories.IsKnown(d.Category))
            throw new DomainException(EventErrors.InvalidCategory, $"Category must be one of: {string.Join(", ", EventCategories.All)}.");
        if (d.EndsAt <= d.StartsAt) throw new DomainException(EventErrors.EndsBeforeStart, "An event must end after it starts.");
        if (string.IsNullOrWhiteSpace(d.TimeZone)) throw new DomainException(EventErrors.TimeZoneRequired, "Give the event's time zone.");
        if (d.Venue is null && string.IsNullOrWhiteSpace(d.OnlineUrl))
            throw new DomainException(EventErrors.VenueRequired, "An in-person event needs a venue; an online event needs its URL.");
        if (d.OnlineUrl is { } url && !string.IsNullOrWhiteSpace(url)
            && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            throw new DomainException(EventErrors.InvalidOnlineUrl, "The online URL must be a full http(s) address.");

        var tags = (d.Tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > MaxTags) throw new DomainException(EventErrors.TooManyTags, $"At most {MaxTags} tags.");
        if (tags.Any(t => t.Length > MaxTagLength)) throw new DomainException(EventErrors.TagTooLong, $"A tag has at most {MaxTagLength} characters.");

        Name = name;
        DescriptionMarkdown = string.IsNullOrWhiteSpace(d.DescriptionMarkdown) ? null : d.DescriptionMarkdown;
        Category = d.Category;
        Tags = tags;
        StartsAt = d.StartsAt;
        EndsAt = d.EndsAt;
        TimeZone = d.TimeZone.Trim();
        Venue = d.Venue;
        OnlineUrl = d.Venue is null ? d.OnlineUrl!.Trim() : (string.IsNullOrWhiteSpace(d.OnlineUrl) ? null : d.OnlineUrl.Trim());
        Visibility = d.Visibility;
    }

    private void EnsureNotCancelled()
    {
        if (Status == EventStatus.Cancelled) throw new DomainException(EventErrors.EventCancelled, "A cancelled event cannot be changed.");
    }
}

public sealed record EventPublished(Guid EventId, Guid OrganizationId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EventUpdated(Guid EventId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A published event's time or place changed; <paramref name="ChangeId"/> tells one change from another.</summary>
public sealed record EventRescheduled(Guid EventId, Guid ChangeId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EventCancelled(Guid EventId, Guid OrganizationId, DateTimeOffset OccurredAt) : IDomainEvent;

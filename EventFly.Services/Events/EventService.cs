using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Services.Events.Configurations;
using EventFly.Services.Files;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Events.Persistence;

namespace EventFly.Services.Events;

internal sealed class EventService(
    EventsData db, IEventAccess access, IOrganizationAccess organizationAccess, IFileStore files, IOrganizationService organizations, IOrganizationBilling billing,
    TimeProvider time) : IEventService
{
    private const double KmPerDegreeLatitude = 111.32;

    public async Task<EventSummary?> GetSummaryAsync(Guid eventId, CancellationToken cancellationToken)
    {
        // Only what a summary shows (every order asks): not the description, venue and tags of the whole event.
        var e = await db.Events.Where(e => e.Id == eventId)
            .Select(e => new { e.Id, e.OrganizationId, e.Name, e.Status, e.StartsAt, e.EndsAt, e.TimeZone }).SingleOrDefaultAsync(cancellationToken);
        return e is null ? null : new EventSummary(e.Id, e.OrganizationId, e.Name, StatusOf(e.Status, e.EndsAt, time.GetUtcNow()), e.StartsAt, e.EndsAt, e.TimeZone);
    }

    public async Task<IReadOnlyList<EventSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var found = await db.Events.Where(e => eventIds.Contains(e.Id))
            .Select(e => new { e.Id, e.OrganizationId, e.Name, e.Status, e.StartsAt, e.EndsAt, e.TimeZone }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. found.Select(e => new EventSummary(e.Id, e.OrganizationId, e.Name, StatusOf(e.Status, e.EndsAt, now), e.StartsAt, e.EndsAt, e.TimeZone))];
    }

    public Task<IReadOnlyList<EventSummary>> ListPublishedStartingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken) =>
        SummariesAsync(db.Events.Where(e => e.Status == EventStatus.Published && e.StartsAt > after && e.StartsAt <= until), cancellationToken);

    public Task<IReadOnlyList<EventSummary>> ListPublishedEndingAsync(DateTimeOffset after, DateTimeOffset until, CancellationToken cancellationToken) =>
        SummariesAsync(db.Events.Where(e => e.Status == EventStatus.Published && e.EndsAt > after && e.EndsAt <= until), cancellationToken);

    public Task<IReadOnlyList<EventCatalogEntry>> ListUpcomingPublicAsync(DateTimeOffset after, CancellationToken cancellationToken) =>
        CatalogAsync(db.Events.Where(e => e.Status == EventStatus.Published && e.Visibility == EventVisibility.Public && e.StartsAt > after), cancellationToken);

    public Task<IReadOnlyList<EventCatalogEntry>> GetCatalogEntriesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        CatalogAsync(db.Events.Where(e => eventIds.Contains(e.Id)), cancellationToken);

    private async Task<IReadOnlyList<EventCatalogEntry>> CatalogAsync(IQueryable<Event> events, CancellationToken cancellationToken)
    {
        var found = await events.AsNoTracking().OrderBy(e => e.StartsAt).ToListAsync(cancellationToken);
        var names = await organizations.GetNamesAsync([.. found.Select(e => e.OrganizationId).Distinct()], cancellationToken);
        var now = time.GetUtcNow();
        return [.. found.Select(e => new EventCatalogEntry(e.Id, e.OrganizationId, names.GetValueOrDefault(e.OrganizationId, ""), e.Name,
            EventMarkdown.ToPlainText(e.DescriptionMarkdown), e.Category, e.Tags, e.StartsAt, e.EndsAt, e.TimeZone, e.Venue, e.IsOnline, e.CoverImage,
            StatusOf(e.Status, e.EndsAt, now), e.Visibility == EventVisibility.Public))];
    }

    private async Task<IReadOnlyList<EventSummary>> SummariesAsync(IQueryable<Event> events, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await events.OrderBy(e => e.StartsAt)
            .Select(e => new { e.Id, e.OrganizationId, e.Name, e.Status, e.StartsAt, e.EndsAt, e.TimeZone }).ToListAsync(cancellationToken);
        return [.. rows.Select(e => new EventSummary(e.Id, e.OrganizationId, e.Name, StatusOf(e.Status, e.EndsAt, now), e.StartsAt, e.EndsAt, e.TimeZone))];
    }

    public async Task<EventView> CreateAsync(Actor actor, Guid organizationId, EventDetails details, CancellationToken cancellationToken)
    {
        (await organizationAccess.GetGrantAsync(actor, organizationId, cancellationToken)).Require(Permissions.EventsManage);
        var created = Event.Create(organizationId, details, time.GetUtcNow());
        db.Events.Add(created);
        return await SaveAsync(created, staff: true, cancellationToken);
    }

    public async Task<EventView> GetAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var grant = await access.ReadAsync(actor, eventId, cancellationToken);
        return await ToViewAsync(await LoadAsync(eventId, cancellationToken, track: false), grant.IsStaff, cancellationToken);
    }

    public async Task<EventView> GetForTicketHoldersAsync(Guid eventId, CancellationToken cancellationToken) =>
        await ToViewAsync(await LoadAsync(eventId, cancellationToken, track: false), staff: true, cancellationToken);

    public async Task<IReadOnlyList<EventView>> ListForOrganizationAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        var grant = await organizationAccess.GetGrantAsync(actor, organizationId, cancellationToken);
        grant.RequireMember();
        var query = db.Events.AsNoTracking().Where(e => e.OrganizationId == organizationId);
        if (grant.EventIds.Count > 0) query = query.Where(e => grant.EventIds.Contains(e.Id));
        var events = await query.OrderByDescending(e => e.StartsAt).ToListAsync(cancellationToken);
        var organizationName = await OrganizationNameAsync(organizationId, cancellationToken);
        var now = time.GetUtcNow();
        return [.. events.Select(e => ToView(e, organizationName, staff: true, now))];
    }

    public async Task<EventView> UpdateAsync(Actor actor, Guid eventId, EventDetails details, CancellationToken cancellationToken)
    {
        var existing = await LoadForChangeAsync(actor, eventId, cancellationToken);
        existing.Edit(details, time.GetUtcNow());
        return await SaveAsync(existing, staff: true, cancellationToken);
    }

    public async Task<EventView> PublishAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var existing = await LoadForChangeAsync(actor, eventId, cancellationToken);
        var now = time.GetUtcNow();
        if (existing.Status != EventStatus.Published)
        {
            var published = await db.Events.CountAsync(e => e.OrganizationId == existing.OrganizationId && e.Status == EventStatus.Published && e.EndsAt > now, cancellationToken);
            var package = await billing.GetPackageAsync(existing.OrganizationId, cancellationToken);
            package.Check(package.Limits.MaxPublishedEvents, published + 1, "published upcoming events");
        }
        // Ticketing does not require ticket types before publishing yet (see the issue 6 note).
        existing.Publish(now, hasTicketTypes: null);
        return await SaveAsync(existing, staff: true, cancellationToken);
    }

    public async Task<EventView> CancelAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var existing = await LoadForChangeAsync(actor, eventId, cancellationToken);
        existing.Cancel(time.GetUtcNow());
        return await SaveAsync(existing, staff: true, cancellationToken);
    }

    public async Task<EventView> DuplicateAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(actor, eventId, Permissions.EventsManage, cancellationToken);
        grant.Organization.Require(Permissions.EventsManage);
        var copy = (await LoadAsync(eventId, cancellationToken, track: false)).Duplicate(time.GetUtcNow());
        db.Events.Add(copy);
        return await SaveAsync(copy, staff: true, cancellationToken);
    }

    public async Task<EventView> SetCoverImageAsync(Actor actor, Guid eventId, ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.EventsManage, cancellationToken);
        if (image.Length > ImageFormats.MaxBytes) throw new DomainException(EventErrors.ImageTooLarge, "The image is larger than 5 MB.");
        var extension = ImageFormats.Detect(image.Span)
            ?? throw new DomainException(EventErrors.UnsupportedImage, "Upload a JPEG, PNG or WebP image.");
        var existing = await LoadAsync(eventId, cancellationToken);
        existing.SetCoverImage(await files.SaveAsync("covers", extension, image, cancellationToken));
        return await SaveAsync(existing, staff: true, cancellationToken);
    }

    public async Task<Page<EventSearchHit>> SearchAsync(EventSearch search, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var query = db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.Visibility == EventVisibility.Public && e.EndsAt > now);

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            foreach (var word in search.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8))
                query = query.Where(e => EF.Property<string>(e, EventConfiguration.SearchText).Contains(word));
        }
        if (search.Category is { } category) query = query.Where(e => e.Category == category);
        if (search.From is { } from) query = query.Where(e => e.EndsAt >= from);
        if (search.To is { } to) query = query.Where(e => e.StartsAt <= to);

        GeoPoint? origin = search.Latitude is { } lat && search.Longitude is { } lng ? new GeoPoint(lat, lng) : null;
        if (origin is { } o && search.RadiusKm is { } radius)
        {
            // A bounding box in SQL (indexed) keeps the candidates few; the exact great-circle distance is checked after.
            var dLat = radius / KmPerDegreeLatitude;
            var dLng = radius / (KmPerDegreeLatitude * Math.Max(Math.Cos(o.Latitude * Math.PI / 180), 0.01));
            double minLat = o.Latitude - dLat, maxLat = o.Latitude + dLat, minLng = o.Longitude - dLng, maxLng = o.Longitude + dLng;
            query = query.Where(e => e.Venue != null && e.Venue.Latitude >= minLat && e.Venue.Latitude <= maxLat);
            if (dLng < 180) query = query.Where(e => e.Venue!.Longitude >= minLng && e.Venue.Longitude <= maxLng);
        }

        var byDistance = origin is not null && (search.Sort == "distance" || search.RadiusKm is not null && search.Sort != "date");
        if (origin is null && !byDistance)
        {
            var total = await query.CountAsync(cancellationToken);
            var page = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
                .Skip((search.Page - 1) * search.PageSize).Take(search.PageSize).ToListAsync(cancellationToken);
            return new Page<EventSearchHit>(await ToHitsAsync(page.Select(e => (e, (double?)null)), cancellationToken), total);
        }

        var candidates = (await query.ToListAsync(cancellationToken))
            .Select(e => (Event: e, Distance: e.Venue is null ? (double?)null : Math.Round(origin!.Value.DistanceKmTo(e.Venue.Location), 2)))
            .Where(c => search.RadiusKm is null || c.Distance <= search.RadiusKm)
            .ToList();
        var ordered = search.Sort == "date" || !byDistance
            ? candidates.OrderBy(c => c.Event.StartsAt)
            : candidates.OrderBy(c => c.Distance ?? double.MaxValue).ThenBy(c => c.Event.StartsAt);
        var hits = ordered.Skip((search.Page - 1) * search.PageSize).Take(search.PageSize);
        return new Page<EventSearchHit>(await ToHitsAsync(hits, cancellationToken), candidates.Count);
    }

    public async Task<string> GetCalendarAsync(Actor actor, Guid eventId, string eventUrl, CancellationToken cancellationToken)
    {
        var view = await GetAsync(actor, eventId, cancellationToken);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{view.Id}@eventfly",
            Summary = view.Name,
            Description = $"{EventMarkdown.ToPlainText(view.DescriptionMarkdown)}\n\n{eventUrl}".Trim(),
            Start = new CalDateTime(view.StartsAt.UtcDateTime, "UTC"),
            End = new CalDateTime(view.EndsAt.UtcDateTime, "UTC"),
            Location = view.Venue is { } v ? string.Join(", ", new[] { v.Name, v.Address, v.City }.Where(s => !string.IsNullOrEmpty(s))) : "Online",
            Url = new Uri(eventUrl),
            Status = view.Status == EventState.Cancelled ? "CANCELLED" : "CONFIRMED",
        };
        if (view.Venue is { } venue) calendarEvent.GeographicLocation = new GeographicLocation(venue.Latitude, venue.Longitude);
        var calendar = new Calendar { ProductId = "-//EventFly//EventFly//EN" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>Loads the event for a change by a caller with <c>events.manage</c> for it (404 hidden, 403 without).</summary>
    private async Task<Event> LoadForChangeAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.EventsManage, cancellationToken);
        return await LoadAsync(eventId, cancellationToken);
    }

    private async Task<Event> LoadAsync(Guid eventId, CancellationToken cancellationToken, bool track = true)
    {
        var query = track ? db.Events : db.Events.AsNoTracking();
        return await query.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw EventAccess.UnknownEvent();
    }

    /// <summary>Keeps the search column current and sends the aggregate's events to the outbox, in one transaction.</summary>
    private async Task<EventView> SaveAsync(Event changed, bool staff, CancellationToken cancellationToken)
    {
        db.Entry(changed).Property(EventConfiguration.SearchText).CurrentValue = SearchTextOf(changed);
        foreach (var domainEvent in changed.DomainEvents) db.Add(ToOutbox(domainEvent));
        changed.ClearDomainEvents();
        await db.SaveChangesAsync(cancellationToken);
        return await ToViewAsync(changed, staff, cancellationToken);
    }

    /// <summary>What other contexts are told of a change: the integration event (a contract) that stands for the domain event.</summary>
    private static OutboxMessage ToOutbox(IDomainEvent domainEvent) => domainEvent switch
    {
        EventPublished e => IntegrationEvents.ToOutbox(new EventPublishedV1(e.EventId, e.OrganizationId, e.OccurredAt)),
        EventUpdated e => IntegrationEvents.ToOutbox(new EventUpdatedV1(e.EventId, e.OccurredAt)),
        EventRescheduled e => IntegrationEvents.ToOutbox(new EventRescheduledV1(e.EventId, e.ChangeId, e.OccurredAt)),
        EventCancelled e => IntegrationEvents.ToOutbox(new EventCancelledV1(e.EventId, e.OrganizationId, e.OccurredAt)),
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "Not announced to other contexts."),
    };

    private static string SearchTextOf(Event e)
    {
        var text = string.Join(' ', [e.Name, e.Category, string.Join(' ', e.Tags), e.Venue?.City ?? "", EventMarkdown.ToPlainText(e.DescriptionMarkdown)]).ToLowerInvariant();
        return text.Length <= 4000 ? text : text[..4000];
    }

    private async Task<EventView> ToViewAsync(Event e, bool staff, CancellationToken cancellationToken) =>
        ToView(e, await OrganizationNameAsync(e.OrganizationId, cancellationToken), staff, time.GetUtcNow());

    private async Task<string> OrganizationNameAsync(Guid organizationId, CancellationToken cancellationToken) =>
        (await organizations.GetNamesAsync([organizationId], cancellationToken)).GetValueOrDefault(organizationId, "");

    private async Task<IReadOnlyList<EventSearchHit>> ToHitsAsync(IEnumerable<(Event Event, double? Distance)> hits, CancellationToken cancellationToken)
    {
        var list = hits.ToList();
        var organizationIds = list.Select(h => h.Event.OrganizationId).Distinct().ToList();
        var names = await organizations.GetNamesAsync(organizationIds, cancellationToken);
        return [.. list.Select(h => new EventSearchHit(h.Event.Id, h.Event.Name, h.Event.StartsAt, h.Event.EndsAt, h.Event.TimeZone, h.Event.Category, h.Event.Venue,
            h.Event.IsOnline, h.Distance, h.Event.CoverImage, names.GetValueOrDefault(h.Event.OrganizationId, "")))];
    }

    /// <param name="staff">Only the event's staff see its online URL (ticket holders get it in their confirmation).</param>
    private static EventView ToView(Event e, string organizationName, bool staff, DateTimeOffset now) =>
        new(e.Id, e.OrganizationId, organizationName, e.Name, e.DescriptionMarkdown, EventMarkdown.ToSafeHtml(e.DescriptionMarkdown), e.Category, e.Tags,
            e.StartsAt, e.EndsAt, e.TimeZone, e.Venue, e.IsOnline, staff ? e.OnlineUrl : null, e.Visibility, StatusOf(e.Status, e.EndsAt, now), e.CoverImage, e.CreatedAt, e.PublishedAt);

    private static EventState StatusOf(EventStatus status, DateTimeOffset endsAt, DateTimeOffset now) => status switch
    {
        EventStatus.Draft => EventState.Draft,
        EventStatus.Published => Event.HasEnded(endsAt, now) ? EventState.Ended : EventState.Published,
        EventStatus.Cancelled => EventState.Cancelled,
    };
}

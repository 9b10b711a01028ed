namespace EventFly.Domain.Events;

/// <summary>Error codes of the Events context, listed in docs/api.md; wire values never change.</summary>
public static class EventErrors
{
    /// <summary>404: no such event, or a draft the caller may not see.</summary>
    public const string UnknownEvent = "unknown_event";

    public const string AlreadyPublished = "already_published";

    /// <summary>Publishing an event that has already ended.</summary>
    public const string EventEnded = "event_ended";

    /// <summary>Publishing with nothing to sell, when the caller says so (no caller does today, ADR 0011).</summary>
    public const string NoTicketTypes = "no_ticket_types";

    /// <summary>Any change to a cancelled event.</summary>
    public const string EventCancelled = "event_cancelled";

    public const string NameRequired = "name_required";

    public const string NameTooLong = "name_too_long";

    public const string DescriptionTooLong = "description_too_long";

    /// <summary>A category outside <c>EventCategories.All</c>.</summary>
    public const string InvalidCategory = "invalid_category";

    public const string EndsBeforeStart = "ends_before_start";

    public const string TimeZoneRequired = "time_zone_required";

    /// <summary>An in-person event without a venue, or an online event without its URL.</summary>
    public const string VenueRequired = "venue_required";

    /// <summary>The online URL is not an absolute http(s) address.</summary>
    public const string InvalidOnlineUrl = "invalid_online_url";

    public const string TooManyTags = "too_many_tags";

    public const string TagTooLong = "tag_too_long";

    public const string VenueNameRequired = "venue_name_required";

    public const string VenueCityRequired = "venue_city_required";

    /// <summary>A venue's name, address or city is longer than <c>Venue.MaxTextLength</c>.</summary>
    public const string VenueTextTooLong = "venue_text_too_long";

    /// <summary>A cover image above the size limit.</summary>
    public const string ImageTooLarge = "image_too_large";

    /// <summary>A cover image that is not JPEG, PNG or WebP.</summary>
    public const string UnsupportedImage = "unsupported_image";
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary>Why someone was notified (<c>GET /api/me/notifications</c>, hub message <c>NotificationReceived</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    Reminder,
    EventChanged,
    EventCancelled,
    FeedbackRequest,
    PostPinned,
    TicketsIssued,
    OrderCancelled,
    WaitlistOffer,
    Invitation,
}

/// <summary>How a person wants a category of optional notifications; wire values <c>email</c>, <c>inApp</c>, <c>off</c> (as the API contract spells them).</summary>
[JsonConverter(typeof(NotificationChannelConverter))]
public enum NotificationChannel
{
    [JsonStringEnumMemberName("email")]
    Email,

    [JsonStringEnumMemberName("inApp")]
    InApp,

    [JsonStringEnumMemberName("off")]
    Off,
}

/// <summary>Names only: a number (even one that happens to be a member's index) is refused as unreadable. On the properties
/// too, so that it wins over a host's general enum converter.</summary>
public sealed class NotificationChannelConverter() : JsonStringEnumConverter<NotificationChannel>(namingPolicy: null, allowIntegerValues: false);

public sealed record NotificationDto(
    Guid Id, NotificationKind Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationListDto(IReadOnlyList<NotificationDto> Items, int Total, int Unread);

/// <summary>Hub message <c>NotificationReceived</c>: the new notification and the recipient's unread count after it.</summary>
public sealed record NotificationReceivedDto(NotificationDto Notification, int Unread);

/// <summary><c>POST /api/me/notifications/read</c>: <c>{ids: [...]}</c> or <c>{all: true}</c>.</summary>
public sealed class MarkNotificationsReadRequest : IValidatableObject
{
    public const int MaxIds = 200;

    public List<Guid>? Ids { get; set; }

    public bool All { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!All && (Ids is null || Ids.Count == 0))
            yield return new ValidationResult("Give the ids to mark read, or all: true.", [nameof(Ids)]);
        if (Ids is { Count: > MaxIds })
            yield return new ValidationResult($"At most {MaxIds} ids at once.", [nameof(Ids)]);
    }
}

/// <summary><c>GET/PUT /api/me/notification-preferences</c>.</summary>
public sealed class NotificationPreferencesDto
{
    [Required, JsonConverter(typeof(NotificationChannelConverter))]
    public NotificationChannel? Reminders { get; set; }

    [Required, JsonConverter(typeof(NotificationChannelConverter))]
    public NotificationChannel? Posts { get; set; }

    [Required, JsonConverter(typeof(NotificationChannelConverter))]
    public NotificationChannel? FeedbackRequests { get; set; }
}

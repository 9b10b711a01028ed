namespace EventFly.Domain.Notifications;

/// <summary>
/// One notification of one person: the record that it was sent (also when only e-mailed) and, when <see cref="InApp"/>,
/// an entry of the person's in-app inbox. <see cref="Key"/> is unique: see <see cref="NotificationKeys"/>.
/// </summary>
public sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 1000;
    public const int LinkMaxLength = 300;

    private Notification()
    {
        Key = Title = Body = "";
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Key { get; private set; }

    public NotificationReason Reason { get; private set; }

    /// <summary>The event it is about, if any.</summary>
    public Guid? EventId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>A path in the participant app.</summary>
    public string? Link { get; private set; }

    /// <summary>Shown in the bell; false when it was only e-mailed.</summary>
    public bool InApp { get; private set; }

    public bool Emailed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(
        Guid userId, string key, NotificationReason reason, Guid? eventId, string title, string body, string? link, bool inApp, bool emailed, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > NotificationKeys.MaxLength) throw new ArgumentException("The key is too long.", nameof(key));
        return new Notification
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Key = key,
            Reason = reason,
            EventId = eventId,
            Title = Cut(title, TitleMaxLength),
            Body = Cut(body, BodyMaxLength),
            Link = link,
            InApp = inApp,
            Emailed = emailed,
            CreatedAt = now,
        };
    }

    /// <summary>Reading twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

using EventFly.Services.Common;
using EventFly.Services.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Notifications;

/// <summary>The person's notifications (in-app and e-mailed) and delivery preferences, for their data export.</summary>
internal sealed class NotificationsPersonalData(NotificationsData db) : IPersonalDataSource
{
    public string Section => "notifications";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
            .Select(n => new NotificationExport(n.Id, n.Reason.ToString(), n.EventId, n.Title, n.Body, n.Link, n.InApp, n.Emailed, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        var settings = await db.Settings.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new PreferencesExport(s.Reminders.ToString(), s.Posts.ToString(), s.FeedbackRequests.ToString()))
            .SingleOrDefaultAsync(cancellationToken);
        return new NotificationsExport(items, settings);
    }

    private sealed record NotificationsExport(IReadOnlyList<NotificationExport> Items, PreferencesExport? Preferences);

    private sealed record NotificationExport(
        Guid Id, string Reason, Guid? EventId, string Title, string Body, string? Link, bool InApp, bool Emailed, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    private sealed record PreferencesExport(string Reminders, string Posts, string FeedbackRequests);
}

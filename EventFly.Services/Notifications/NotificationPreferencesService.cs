using EventFly.Domain.Common;
using EventFly.Domain.Notifications;
using EventFly.Services.Common;
using EventFly.Services.Notifications.Configurations;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Persistence;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Notifications;

internal sealed class NotificationPreferencesService(NotificationsData db, UnsubscribeTokens tokens) : INotificationPreferencesService
{
    public async Task<NotificationPreferences> GetAsync(Actor actor, CancellationToken cancellationToken) =>
        await ForAsync(NotificationInbox.SignedIn(actor), cancellationToken);

    public async Task<NotificationPreferences> SetAsync(Actor actor, NotificationPreferences preferences, CancellationToken cancellationToken)
    {
        var userId = NotificationInbox.SignedIn(actor);
        await SaveAsync(userId, _ => preferences, cancellationToken);
        return preferences;
    }

    public UnsubscribeRequest? ReadUnsubscribeToken(string token) => tokens.Read(token);

    public async Task<UnsubscribeRequest> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        var request = tokens.Read(token)
            ?? throw new DomainException(NotificationErrors.InvalidUnsubscribeToken, "The unsubscribe link is invalid or expired.");
        await SaveAsync(request.UserId, current => request.Category switch
        {
            NotificationCategory.Reminders => current with { Reminders = Downgrade(current.Reminders) },
            NotificationCategory.Posts => current with { Posts = Downgrade(current.Posts) },
            _ => current with { FeedbackRequests = Downgrade(current.FeedbackRequests) },
        }, cancellationToken);
        return request;
    }

    /// <summary>The preferences of each person (the defaults for those who chose nothing).</summary>
    public async Task<IReadOnlyDictionary<Guid, NotificationPreferences>> ForManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var stored = await db.Settings.AsNoTracking().Where(s => userIds.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, cancellationToken);
        return userIds.Distinct().ToDictionary(id => id, id => stored.TryGetValue(id, out var s) ? ToContract(s) : NotificationPreferences.Default);
    }

    private async Task<NotificationPreferences> ForAsync(Guid userId, CancellationToken cancellationToken) =>
        (await ForManyAsync([userId], cancellationToken))[userId];

    // E-mail stops; the in-app entry stays (unsubscribing is about mail). "Off" stays off.
    private static NotificationChannel Downgrade(NotificationChannel channel) => channel == NotificationChannel.Off ? channel : NotificationChannel.InApp;

    private async Task SaveAsync(Guid userId, Func<NotificationPreferences, NotificationPreferences> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.Settings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
            var next = change(row is null ? NotificationPreferences.Default : ToContract(row));
            if (row is null) db.Add(new NotificationSettings(userId, ToDomain(next.Reminders), ToDomain(next.Posts), ToDomain(next.FeedbackRequests)));
            else row.Change(ToDomain(next.Reminders), ToDomain(next.Posts), ToDomain(next.FeedbackRequests));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException ex) when (attempt == 0 && ex.IsViolationOf(NotificationSettingsConfiguration.Key))
            {
                // Someone saved the first row at the same time: apply the change to theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static NotificationPreferences ToContract(NotificationSettings s) =>
        new(ToContract(s.Reminders), ToContract(s.Posts), ToContract(s.FeedbackRequests));

    private static NotificationChannel ToContract(DeliveryChoice choice) => Enum.Parse<NotificationChannel>(choice.ToString());

    private static DeliveryChoice ToDomain(NotificationChannel channel) => Enum.Parse<DeliveryChoice>(channel.ToString());
}

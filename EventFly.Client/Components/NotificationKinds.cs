using EventFly.Client.Contracts;
using MudBlazor;

namespace EventFly.Client.Components;

/// <summary>How the bell shows a notification: an icon per kind and its age in words.</summary>
public static class NotificationKinds
{
    public static string Icon(NotificationKind kind) => kind switch
    {
        NotificationKind.Reminder => Icons.Material.Outlined.Alarm,
        NotificationKind.EventChanged => Icons.Material.Outlined.EditCalendar,
        NotificationKind.EventCancelled => Icons.Material.Outlined.EventBusy,
        NotificationKind.FeedbackRequest => Icons.Material.Outlined.RateReview,
        NotificationKind.PostPinned => Icons.Material.Outlined.PushPin,
        NotificationKind.TicketsIssued => Icons.Material.Outlined.ConfirmationNumber,
        NotificationKind.OrderCancelled => Icons.Material.Outlined.RemoveShoppingCart,
        NotificationKind.WaitlistOffer => Icons.Material.Outlined.HourglassTop,
        NotificationKind.Invitation => Icons.Material.Outlined.GroupAdd,
        _ => Icons.Material.Outlined.Notifications,
    };

    public static string Ago(DateTimeOffset at, DateTimeOffset now) => (now - at) switch
    {
        var d when d < TimeSpan.FromMinutes(1) => "just now",
        var d when d < TimeSpan.FromHours(1) => $"{(int)d.TotalMinutes} min ago",
        var d when d < TimeSpan.FromDays(1) => $"{(int)d.TotalHours} h ago",
        var d when d < TimeSpan.FromDays(7) => $"{(int)d.TotalDays} d ago",
        _ => at.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };
}

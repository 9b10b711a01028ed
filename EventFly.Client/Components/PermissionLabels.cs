using EventFly.Client.Resources;

namespace EventFly.Client.Components;

/// <summary>What each permission lets a staff member do, in words for the role editor, in the current UI language.</summary>
public static class PermissionLabels
{
    // The permission's stem in AccountTexts: "Permission{stem}" is its title, "Permission{stem}Help" what it allows.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["events.manage"] = "EventsManage",
        ["tickets.manage"] = "TicketsManage",
        ["orders.view"] = "OrdersView",
        ["orders.refund"] = "OrdersRefund",
        ["checkin.scan"] = "CheckinScan",
        ["feed.manage"] = "FeedManage",
        ["feedback.view"] = "FeedbackView",
        ["analytics.view"] = "AnalyticsView",
        ["staff.manage"] = "StaffManage",
        ["billing.manage"] = "BillingManage",
    };

    public static string Title(string permission) =>
        Keys.TryGetValue(permission, out var key) ? ResourceText<AccountTexts>.Get($"Permission{key}") : permission;

    public static string Help(string permission) =>
        Keys.TryGetValue(permission, out var key) ? ResourceText<AccountTexts>.Get($"Permission{key}Help") : "";
}

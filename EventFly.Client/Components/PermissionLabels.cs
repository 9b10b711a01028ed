namespace EventFly.Client.Components;

/// <summary>What each permission lets a staff member do, in words for the role editor.</summary>
public static class PermissionLabels
{
    private static readonly Dictionary<string, (string Title, string Help)> Labels = new(StringComparer.Ordinal)
    {
        ["events.manage"] = ("Manage events", "Create, edit, publish and cancel events"),
        ["tickets.manage"] = ("Manage tickets", "Ticket types, prices, capacities and quotas"),
        ["orders.view"] = ("View orders", "See orders and attendees"),
        ["orders.refund"] = ("Refund orders", "Cancel and refund orders"),
        ["checkin.scan"] = ("Check in", "Scan tickets at the door"),
        ["feed.manage"] = ("Run the live feed", "Posts, polls and quizzes; moderation"),
        ["feedback.view"] = ("Read feedback", "Ratings and comments after events"),
        ["analytics.view"] = ("View analytics", "Dashboards and exports"),
        ["staff.manage"] = ("Manage staff", "Invite people, edit roles, organization settings"),
        ["billing.manage"] = ("Manage billing", "Subscription package and invoices"),
    };

    public static string Title(string permission) => Labels.TryGetValue(permission, out var l) ? l.Title : permission;

    public static string Help(string permission) => Labels.TryGetValue(permission, out var l) ? l.Help : "";
}

namespace EventFly.Domain.Common;

/// <summary>Everything a staff member may be allowed to do in an organization; roles are sets of these.</summary>
public static class Permissions
{
    public const string EventsManage = "events.manage";
    public const string TicketsManage = "tickets.manage";
    public const string OrdersView = "orders.view";
    public const string OrdersRefund = "orders.refund";
    public const string CheckinScan = "checkin.scan";
    public const string FeedManage = "feed.manage";
    public const string FeedbackView = "feedback.view";
    public const string AnalyticsView = "analytics.view";
    public const string StaffManage = "staff.manage";
    public const string BillingManage = "billing.manage";

    public static IReadOnlyList<string> All { get; } =
    [
        EventsManage, TicketsManage, OrdersView, OrdersRefund, CheckinScan,
        FeedManage, FeedbackView, AnalyticsView, StaffManage, BillingManage,
    ];

    public static bool IsKnown(string permission) => All.Contains(permission, StringComparer.Ordinal);
}

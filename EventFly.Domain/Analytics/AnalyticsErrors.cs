namespace EventFly.Domain.Analytics;

/// <summary>Error codes of the Analytics context (dashboards and exports).</summary>
public static class AnalyticsErrors
{
    public const string UnknownEvent = "unknown_event";
    public const string UnknownOrganization = "unknown_organization";
}

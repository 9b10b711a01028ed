using EventFly.Domain.Common;
using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>
/// The matrix's rows for Analytics: dashboards for staff with <c>analytics.view</c> and for the platform admins (who see
/// every event and organization); outside the staff an event's or organization's dashboard does not exist (404), staff
/// without the permission are refused (403). Traffic reports are anyone's, about any id (202, nothing learned).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> AnalyticsRows()
    {
        Dictionary<CallerKind, string> outsideStaff = new() { [Participant] = "404", [OtherParticipant] = "404", [OtherOwner] = "404", [EventLimitedStaff] = "404" };
        foreach (var on in new[] { On.Published, On.Draft, On.Unknown })
        {
            Dictionary<CallerKind, string> eventOverrides = on switch
            {
                On.Published => new(outsideStaff) { [PlatformAdmin] = Ok },
                On.Draft => new() { [PlatformAdmin] = Ok },
                _ => [],
            };
            yield return new("GET /api/events/{eventId}/analytics", EventPermission(Permissions.AnalyticsView), on) { Overrides = eventOverrides };
            yield return new("GET /api/events/{eventId}/analytics/export", EventPermission(Permissions.AnalyticsView), on)
            {
                Query = "?format=csv", Overrides = eventOverrides,
            };
            yield return new("POST /api/events/{eventId}/analytics/traffic", Public, on) { Body = _ => Json(new { kind = "page_view" }) };
        }

        // The event-limited member is on the staff, but not for the whole organization: refused, not hidden.
        Dictionary<CallerKind, string> organizationOverrides = new() { [Participant] = "404", [OtherParticipant] = "404", [OtherOwner] = "404", [PlatformAdmin] = Ok };
        yield return new("GET /api/organizations/{orgId}/analytics", Permission(Permissions.AnalyticsView)) { Overrides = organizationOverrides };
        yield return new("GET /api/organizations/{orgId}/analytics/export", Permission(Permissions.AnalyticsView))
        {
            Query = "?format=csv", Overrides = organizationOverrides,
        };

        // The platform's: its admins only.
        var adminsOnly = RunOrder.Where(c => c is not (Anonymous or PlatformAdmin)).ToDictionary(c => c, _ => "403");
        yield return new("GET /api/admin/analytics", SignedIn) { Overrides = adminsOnly };
        yield return new("GET /api/admin/operations", SignedIn) { Overrides = adminsOnly };
        yield return new("GET /api/admin/analytics/rebuild", SignedIn) { Overrides = adminsOnly };
        yield return new("POST /api/admin/analytics/rebuild", SignedIn) { Overrides = adminsOnly };
    }
}

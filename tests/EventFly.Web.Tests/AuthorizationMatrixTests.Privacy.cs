using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>
/// The matrix's rows for Privacy: one's own data export; deleting one's account is asked with a wrong password, so every
/// signed-in caller is refused (400 <c>invalid_password</c>) and the matrix keeps its accounts. PrivacyEndpointTests deletes for real.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> PrivacyRows()
    {
        yield return new("GET /api/me/export", SignedIn);
        yield return new("DELETE /api/me", SignedIn)
        {
            Body = _ => Json(new { password = "not the password" }),
            Overrides = new[] { Participant, OtherParticipant, OtherOwner, PlatformAdmin, StaffWithout, EventLimitedStaff, StaffWith }
                .ToDictionary(caller => caller, _ => "400"),
        };
    }
}

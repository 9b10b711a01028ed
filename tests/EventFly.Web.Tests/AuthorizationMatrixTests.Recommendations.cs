using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>
/// The matrix's rows for Recommendations: a signed-in participant's own list (401 signed out); "not interested" and
/// similar events about public events only, so a draft (or an unknown id) is 404 for everyone, its staff included;
/// training and the models for platform admins.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static IEnumerable<Row> RecommendationRows()
    {
        var nobody = RunOrder.Where(c => c is not Anonymous).ToDictionary(c => c, _ => "404");
        yield return new("GET /api/me/recommendations", SignedIn);
        foreach (var on in new[] { On.Published, On.Draft, On.Unknown })
        {
            var hidden = on is On.Draft or On.Unknown;
            yield return new("POST /api/me/recommendations/{eventId}/dismiss", SignedIn, on) { Overrides = hidden ? nobody : [] };
            yield return new("GET /api/events/{eventId}/similar", Public, on) { Overrides = hidden ? new(nobody) { [Anonymous] = "404" } : [] };
        }

        // The model: platform admins only.
        var adminsOnly = RunOrder.Where(c => c is not (Anonymous or PlatformAdmin)).ToDictionary(c => c, _ => "403");
        yield return new("POST /api/admin/recommendations/train", SignedIn) { Overrides = adminsOnly };
        yield return new("GET /api/admin/recommendations/train", SignedIn) { Overrides = adminsOnly };
        yield return new("GET /api/admin/recommendations/models", SignedIn) { Overrides = adminsOnly };
    }
}

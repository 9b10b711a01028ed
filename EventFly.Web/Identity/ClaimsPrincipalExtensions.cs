using System.Security.Claims;

namespace EventFly.Web.Identity;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The account id of a signed-in user; null for anonymous callers.</summary>
    public static Guid? FindUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

using System.Security.Claims;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Web.Identity;

internal static class ClaimsPrincipalExtensions
{
    /// <summary>The account id of a signed-in user; null for anonymous callers.</summary>
    public static Guid? FindUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The caller as every use case takes it: the one thing each entry point (endpoint, prerendering, portal) passes on.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        user.FindUserId() is { } id ? new Actor(id, user.IsInRole(Roles.PlatformAdmin)) : Actor.Anonymous;
}

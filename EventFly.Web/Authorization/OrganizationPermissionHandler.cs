using EventFly.Services.Organizations;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

/// <summary>
/// Answers permission checks from the member's role, once per request and organization. Deny by default:
/// anonymous users, non-members and unknown organizations hold no permissions.
/// </summary>
internal sealed class OrganizationPermissionHandler(IOrganizationService organizations, IHttpContextAccessor http)
    : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.Resource is not OrganizationResource resource || context.User.FindUserId() is not { } userId) return;

        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var granted = requirement switch
            {
                PermissionRequirement p => (await PermissionsAsync(resource, userId)).Contains(p.Permission),
                MemberRequirement => await organizations.IsMemberAsync(resource.OrganizationId, userId, resource.EventId, CancellationToken.None),
                OwnerRequirement => await organizations.IsOwnerAsync(resource.OrganizationId, userId, CancellationToken.None),
                _ => false,
            };
            if (granted) context.Succeed(requirement);
        }
    }

    private async Task<IReadOnlySet<string>> PermissionsAsync(OrganizationResource resource, Guid userId)
    {
        // Cached on the request: an endpoint and the pages it renders may ask several times.
        var items = http.HttpContext?.Items;
        var key = $"eventfly.permissions:{resource.OrganizationId}:{resource.EventId}:{userId}";
        if (items?[key] is IReadOnlySet<string> cached) return cached;
        var permissions = await organizations.GetPermissionsAsync(resource.OrganizationId, userId, resource.EventId, http.HttpContext?.RequestAborted ?? default);
        if (items is not null) items[key] = permissions;
        return permissions;
    }
}

using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

/// <summary>
/// Answers permission checks from the member's role, once per scope (a request, or one portal call) and organization.
/// Deny by default: anonymous users, non-members and unknown organizations hold no permissions.
/// </summary>
internal sealed class OrganizationPermissionHandler(IOrganizationService organizations) : IAuthorizationHandler
{
    private readonly Dictionary<(Guid Organization, Guid? Event, Guid User), IReadOnlySet<string>> _permissions = [];

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
        // Cached for the scope: an endpoint and the pages it renders may ask several times.
        var key = (resource.OrganizationId, resource.EventId, userId);
        if (_permissions.TryGetValue(key, out var cached)) return cached;
        var permissions = await organizations.GetPermissionsAsync(resource.OrganizationId, userId, resource.EventId, CancellationToken.None);
        _permissions[key] = permissions;
        return permissions;
    }
}

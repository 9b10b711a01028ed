using EventFly.Services.Organizations;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

/// <summary>"May the user do <see cref="Permission"/> in the organization that owns the resource?"</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Any member, whatever the role.</summary>
public sealed record MemberRequirement : IAuthorizationRequirement;

/// <summary>Only owners (the audit log is theirs).</summary>
public sealed record OwnerRequirement : IAuthorizationRequirement;

/// <summary>The resource every organization-owned thing resolves to; later contexts map events, orders… to it.</summary>
public readonly record struct OrganizationResource(Guid OrganizationId);

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
                PermissionRequirement p => (await PermissionsAsync(resource.OrganizationId, userId)).Contains(p.Permission),
                MemberRequirement => await organizations.IsMemberAsync(resource.OrganizationId, userId, CancellationToken.None),
                OwnerRequirement => await organizations.IsOwnerAsync(resource.OrganizationId, userId, CancellationToken.None),
                _ => false,
            };
            if (granted) context.Succeed(requirement);
        }
    }

    private async Task<IReadOnlySet<string>> PermissionsAsync(Guid organizationId, Guid userId)
    {
        // Cached on the request: an endpoint and the pages it renders may ask several times.
        var items = http.HttpContext?.Items;
        var key = $"eventfly.permissions:{organizationId}:{userId}";
        if (items?[key] is IReadOnlySet<string> cached) return cached;
        var permissions = await organizations.GetPermissionsAsync(organizationId, userId, http.HttpContext?.RequestAborted ?? default);
        if (items is not null) items[key] = permissions;
        return permissions;
    }
}

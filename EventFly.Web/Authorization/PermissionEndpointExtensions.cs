using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

internal static class PermissionEndpointExtensions
{
    /// <summary>
    /// Requires <paramref name="permission"/> in the organization named by the route's <c>orgId</c>:
    /// 401 when signed out, 403 when signed in without it.
    /// </summary>
    public static RouteHandlerBuilder RequirePermission(this RouteHandlerBuilder builder, string permission) =>
        builder.RequireOrganization(new PermissionRequirement(permission));

    /// <summary>Any member of the organization, whatever the role.</summary>
    public static RouteHandlerBuilder RequireMember(this RouteHandlerBuilder builder) =>
        builder.RequireOrganization(new MemberRequirement());

    public static RouteHandlerBuilder RequireOwner(this RouteHandlerBuilder builder) =>
        builder.RequireOrganization(new OwnerRequirement());

    private static RouteHandlerBuilder RequireOrganization(this RouteHandlerBuilder builder, IAuthorizationRequirement requirement) =>
        builder.RequireAuthorization().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Guid.TryParse(http.Request.RouteValues["orgId"]?.ToString(), out var organizationId))
                return TypedResults.NotFound();
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            var result = await authorization.AuthorizeAsync(http.User, new OrganizationResource(organizationId), requirement);
            return result.Succeeded ? await next(context) : TypedResults.Forbid();
        });
}

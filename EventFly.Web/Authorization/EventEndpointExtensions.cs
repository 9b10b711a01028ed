using EventFly.Domain.Events;
using EventFly.Services.Events.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

internal static class EventEndpointExtensions
{
    /// <summary>
    /// Reading an event named by the route's <c>eventId</c>: published and cancelled events are public; a draft exists
    /// only for its organization's staff (404 to everyone else).
    /// </summary>
    public static RouteHandlerBuilder AllowEventReaders(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter((context, next) => CheckAsync(context, next, permission: null));

    /// <summary>Changing an event needs <paramref name="permission"/> in its organization (403); drafts stay hidden (404).</summary>
    public static RouteHandlerBuilder RequireEventPermission(this RouteHandlerBuilder builder, string permission) =>
        builder.RequireAuthorization().AddEndpointFilter((context, next) => CheckAsync(context, next, permission));

    /// <summary>Whether the caller has <paramref name="permission"/> (or, when null, is staff) in the organization of the event.</summary>
    public static async Task<bool> HasEventPermissionAsync(this HttpContext http, Guid eventId, string? permission) =>
        await http.RequestServices.GetRequiredService<IEventService>().GetOwnerAsync(eventId, http.RequestAborted) is { } owner
        && await http.HasAsync(new OrganizationResource(owner.OrganizationId, eventId),
            permission is null ? new MemberRequirement() : new PermissionRequirement(permission));

    /// <summary>Whether the caller meets <paramref name="requirement"/> for <paramref name="resource"/>, by the same handler as every check.</summary>
    public static async Task<bool> HasAsync(this HttpContext http, OrganizationResource resource, IAuthorizationRequirement requirement) =>
        (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, resource, requirement)).Succeeded;

    private static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, string? permission)
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.Request.RouteValues["eventId"]?.ToString(), out var eventId)
            || await http.RequestServices.GetRequiredService<IEventService>().GetOwnerAsync(eventId, http.RequestAborted) is not { } owner)
            return NotFound();

        var resource = new OrganizationResource(owner.OrganizationId, eventId);
        var hidden = owner.IsDraft && !await http.HasAsync(resource, new MemberRequirement());
        if (hidden) return NotFound();
        if (permission is null || await http.HasAsync(resource, new PermissionRequirement(permission))) return await next(context);
        return TypedResults.Forbid();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "There is no such event.",
            extensions: new Dictionary<string, object?> { ["code"] = "unknown_event" });
}

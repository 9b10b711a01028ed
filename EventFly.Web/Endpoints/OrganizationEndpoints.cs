using EventFly.Domain.Common;
using EventFly.Client.Contracts;
using EventFly.Domain.Organizations;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Authorization;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using EventFly.Services.Common;

namespace EventFly.Web.Endpoints;

internal static class OrganizationEndpoints
{
    /// <summary>Where invitation e-mails send people: the organizer portal's accept page.</summary>
    public const string AcceptPath = "/organizer/invitations/";

    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/permissions", () => TypedResults.Ok(Permissions.All)).WithTags("Organizations");

        var organizations = app.MapGroup("/api/organizations").WithTags("Organizations").RequireAuthorization();
        organizations.MapPost("/", CreateAsync);
        organizations.MapGet("/", ListMineAsync);

        var organization = organizations.MapGroup("/{orgId:guid}");
        organization.MapGet("/", async (Guid orgId, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.GetAsync(orgId, ct))))
            .RequireMember();
        organization.MapPut("/", async (Guid orgId, OrganizationProfileDto body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.UpdateProfileAsync(http.Actor(), orgId,
                new OrganizationProfileChange(body.Name, body.Description, body.LogoUrl, body.ContactEmail, body.Website), ct))))
            .RequirePermission(Permissions.StaffManage);

        organization.MapGet("/roles", async (Guid orgId, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListRolesAsync(orgId, ct)).Select(ToResponse)))
            .RequirePermission(Permissions.StaffManage);
        organization.MapPost("/roles", async (Guid orgId, RoleRequest body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                var role = await service.CreateRoleAsync(http.Actor(), orgId, body.Name, body.Permissions, ct);
                return TypedResults.Created($"/api/organizations/{orgId}/roles/{role.Id}", ToResponse(role));
            })
            .RequirePermission(Permissions.StaffManage);
        organization.MapPut("/roles/{roleId:guid}", async (Guid orgId, Guid roleId, RoleRequest body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.UpdateRoleAsync(http.Actor(), orgId, roleId, body.Name, body.Permissions, ct))))
            .RequirePermission(Permissions.StaffManage);
        organization.MapDelete("/roles/{roleId:guid}", async (Guid orgId, Guid roleId, Guid? reassignTo, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                await service.DeleteRoleAsync(http.Actor(), orgId, roleId, reassignTo, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Permissions.StaffManage);

        organization.MapGet("/staff", async (Guid orgId, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListStaffAsync(orgId, ct)).Select(ToResponse)))
            .RequirePermission(Permissions.StaffManage);
        organization.MapPut("/staff/{userId:guid}", async (Guid orgId, Guid userId, StaffAssignmentRequest body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.AssignStaffAsync(http.Actor(), orgId, userId, body.RoleId!.Value, body.EventIds, ct))))
            .RequirePermission(Permissions.StaffManage);
        organization.MapDelete("/staff/{userId:guid}", async (Guid orgId, Guid userId, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                await service.RemoveStaffAsync(http.Actor(), orgId, userId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Permissions.StaffManage);

        organization.MapGet("/invitations", async (Guid orgId, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListInvitationsAsync(orgId, ct)).Select(ToResponse)))
            .RequirePermission(Permissions.StaffManage);
        organization.MapPost("/invitations", async (Guid orgId, InvitationRequest body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                var invitation = await service.InviteAsync(http.Actor(), orgId, body.Email, body.RoleId!.Value, AcceptUrlBase(http), ct);
                return TypedResults.Created($"/api/organizations/{orgId}/invitations/{invitation.Id}", ToResponse(invitation));
            })
            .RequirePermission(Permissions.StaffManage);
        organization.MapPost("/invitations/{invitationId:guid}/resend", async (Guid orgId, Guid invitationId, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.ResendInvitationAsync(http.Actor(), orgId, invitationId, AcceptUrlBase(http), ct))))
            .RequirePermission(Permissions.StaffManage);
        organization.MapDelete("/invitations/{invitationId:guid}", async (Guid orgId, Guid invitationId, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                await service.RevokeInvitationAsync(http.Actor(), orgId, invitationId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(Permissions.StaffManage);

        organization.MapGet("/audit", async (Guid orgId, int? take, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAuditAsync(orgId, take ?? 100, ct)).Select(a =>
                new AuditEntryResponse(a.Id, a.ActorUserId, a.ActorName, a.Action, a.Details, a.At))))
            .RequireOwner();

        var invitations = app.MapGroup("/api/invitations/{token}").WithTags("Organizations");
        invitations.MapGet("/", async Task<Results<Ok<InvitationPreviewResponse>, NotFound>> (string token, IOrganizationService service, CancellationToken ct) =>
            await service.PreviewInvitationAsync(token, ct) is { } preview
                ? TypedResults.Ok(new InvitationPreviewResponse(preview.OrganizationId, preview.OrganizationName, preview.RoleName, preview.Email, preview.Status))
                : TypedResults.NotFound());
        invitations.MapPost("/accept", async (string token, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            {
                var joined = await service.AcceptInvitationAsync(token, http.User.FindUserId()!.Value, ct);
                return TypedResults.Ok(new AcceptedInvitationResponse(joined.Id, joined.Name, joined.RoleName));
            })
            .RequireAuthorization();
        return app;
    }

    private static async Task<Created<OrganizationResponse>> CreateAsync(CreateOrganizationRequest body, HttpContext http, IOrganizationService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(http.Actor(), body.Name, ct);
        return TypedResults.Created($"/api/organizations/{created.Id}", new OrganizationResponse(created.Id, created.Name));
    }

    private static async Task<Ok<IEnumerable<MyOrganizationResponse>>> ListMineAsync(HttpContext http, IOrganizationService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListForUserAsync(http.User.FindUserId()!.Value, ct))
            .Select(o => new MyOrganizationResponse(o.Id, o.Name, o.RoleId, o.RoleName, o.IsOwner, o.Permissions)));

    private static Actor Actor(this HttpContext http) => new(http.User.FindUserId()!.Value);

    private static string AcceptUrlBase(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{AcceptPath}";

    private static OrganizationDetailsResponse ToResponse(OrganizationDetails o) =>
        new(o.Id, o.Name, o.Description, o.LogoUrl, o.ContactEmail, o.Website, o.CreatedAt);

    private static RoleResponse ToResponse(RoleView r) => new(r.Id, r.Name, r.Permissions, r.IsOwner, r.MemberCount);

    private static StaffResponse ToResponse(StaffMember s) =>
        new(s.UserId, s.Email, s.DisplayName, s.RoleId, s.RoleName, s.IsOwner, s.EventIds, s.JoinedAt);

    private static InvitationResponse ToResponse(InvitationView i) => new(i.Id, i.Email, i.RoleId, i.RoleName, i.Status, i.CreatedAt, i.ExpiresAt);
}

using EventFly.Domain.Common;
using EventFly.Client.Contracts;
using EventFly.Domain.Organizations;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using EventFly.Services.Common;
using Api = EventFly.Client.Contracts;

namespace EventFly.Web.Endpoints;

internal static class OrganizationEndpoints
{
    /// <summary>Where invitation e-mails send people: the organizer portal's accept page.</summary>
    public const string AcceptPath = "/organizer/invitations/";

    public static IEndpointRouteBuilder MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/permissions", () => TypedResults.Ok(Permissions.All)).WithTags("Organizations");

        // Who may do what is decided by the Organizations context: the endpoints pass the caller on.
        var organizations = app.MapGroup("/api/organizations").WithTags("Organizations").RequireAuthorization();
        organizations.MapPost("/", CreateAsync);
        organizations.MapGet("/", ListMineAsync);

        var organization = organizations.MapGroup("/{orgId:guid}");
        organization.MapGet("/", async (Guid orgId, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.GetAsync(http.User.ToActor(), orgId, ct))));
        organization.MapPut("/", async (Guid orgId, OrganizationProfileDto body, HttpContext http, IOrganizationService service, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await service.UpdateProfileAsync(http.User.ToActor(), orgId,
                new OrganizationProfileChange(body.Name, body.Description, body.LogoUrl, body.ContactEmail, body.Website), ct))));

        organization.MapGet("/roles", async (Guid orgId, HttpContext http, ITeamService team, CancellationToken ct) =>
            TypedResults.Ok((await team.ListRolesAsync(http.User.ToActor(), orgId, ct)).Select(ToResponse)));
        organization.MapPost("/roles", async (Guid orgId, RoleRequest body, HttpContext http, ITeamService team, CancellationToken ct) =>
            {
                var role = await team.CreateRoleAsync(http.User.ToActor(), orgId, body.Name, body.Permissions, ct);
                return TypedResults.Created($"/api/organizations/{orgId}/roles/{role.Id}", ToResponse(role));
            });
        organization.MapPut("/roles/{roleId:guid}", async (Guid orgId, Guid roleId, RoleRequest body, HttpContext http, ITeamService team, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await team.UpdateRoleAsync(http.User.ToActor(), orgId, roleId, body.Name, body.Permissions, ct))));
        organization.MapDelete("/roles/{roleId:guid}", async (Guid orgId, Guid roleId, Guid? reassignTo, HttpContext http, ITeamService team, CancellationToken ct) =>
            {
                await team.DeleteRoleAsync(http.User.ToActor(), orgId, roleId, reassignTo, ct);
                return TypedResults.NoContent();
            });

        organization.MapGet("/staff", async (Guid orgId, HttpContext http, ITeamService team, CancellationToken ct) =>
            TypedResults.Ok((await team.ListStaffAsync(http.User.ToActor(), orgId, ct)).Select(ToResponse)));
        organization.MapPut("/staff/{userId:guid}", async (Guid orgId, Guid userId, StaffAssignmentRequest body, HttpContext http, ITeamService team, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await team.AssignStaffAsync(http.User.ToActor(), orgId, userId, body.RoleId!.Value, body.EventIds, ct))));
        organization.MapDelete("/staff/{userId:guid}", async (Guid orgId, Guid userId, HttpContext http, ITeamService team, CancellationToken ct) =>
            {
                await team.RemoveStaffAsync(http.User.ToActor(), orgId, userId, ct);
                return TypedResults.NoContent();
            });

        organization.MapGet("/invitations", async (Guid orgId, HttpContext http, IInvitationService invitations, CancellationToken ct) =>
            TypedResults.Ok((await invitations.ListAsync(http.User.ToActor(), orgId, ct)).Select(ToResponse)));
        organization.MapPost("/invitations", async (Guid orgId, InvitationRequest body, HttpContext http, IInvitationService invitations, CancellationToken ct) =>
            {
                var invitation = await invitations.InviteAsync(http.User.ToActor(), orgId, body.Email, body.RoleId!.Value, AcceptUrlBase(http), ct);
                return TypedResults.Created($"/api/organizations/{orgId}/invitations/{invitation.Id}", ToResponse(invitation));
            });
        organization.MapPost("/invitations/{invitationId:guid}/resend", async (Guid orgId, Guid invitationId, HttpContext http, IInvitationService invitations, CancellationToken ct) =>
            TypedResults.Ok(ToResponse(await invitations.ResendAsync(http.User.ToActor(), orgId, invitationId, AcceptUrlBase(http), ct))));
        organization.MapDelete("/invitations/{invitationId:guid}", async (Guid orgId, Guid invitationId, HttpContext http, IInvitationService invitations, CancellationToken ct) =>
            {
                await invitations.RevokeAsync(http.User.ToActor(), orgId, invitationId, ct);
                return TypedResults.NoContent();
            });

        organization.MapGet("/audit", async (Guid orgId, int? take, HttpContext http, IAuditLog audit, CancellationToken ct) =>
            TypedResults.Ok((await audit.ListAsync(http.User.ToActor(), orgId, take ?? 100, ct)).Select(a =>
                new AuditEntryResponse(a.Id, a.ActorUserId, a.ActorName, a.Action, a.Details, a.At))));

        var invitationLinks = app.MapGroup("/api/invitations/{token}").WithTags("Organizations");
        invitationLinks.MapGet("/", async Task<Results<Ok<InvitationPreviewResponse>, NotFound>> (string token, IInvitationService invitations, CancellationToken ct) =>
            await invitations.PreviewAsync(token, ct) is { } preview
                ? TypedResults.Ok(new InvitationPreviewResponse(preview.OrganizationId, preview.OrganizationName, preview.RoleName, preview.Email, preview.Status.ToApi<Api.InvitationState>()))
                : TypedResults.NotFound());
        invitationLinks.MapPost("/accept", async (string token, HttpContext http, IInvitationService invitations, CancellationToken ct) =>
            {
                var joined = await invitations.AcceptAsync(http.User.ToActor(), token, ct);
                return TypedResults.Ok(new AcceptedInvitationResponse(joined.Id, joined.Name, joined.RoleName));
            })
            .RequireAuthorization();
        return app;
    }

    private static async Task<Created<OrganizationResponse>> CreateAsync(CreateOrganizationRequest body, HttpContext http, IOrganizationService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(http.User.ToActor(), body.Name, ct);
        return TypedResults.Created($"/api/organizations/{created.Id}", new OrganizationResponse(created.Id, created.Name));
    }

    private static async Task<Ok<IEnumerable<MyOrganizationResponse>>> ListMineAsync(HttpContext http, IOrganizationService service, CancellationToken ct) =>
        TypedResults.Ok((await service.ListMineAsync(http.User.ToActor(), ct))
            .Select(o => new MyOrganizationResponse(o.Id, o.Name, o.RoleId, o.RoleName, o.IsOwner, o.Permissions)));

    private static string AcceptUrlBase(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{AcceptPath}";

    private static OrganizationDetailsResponse ToResponse(OrganizationDetails o) =>
        new(o.Id, o.Name, o.Description, o.LogoUrl, o.ContactEmail, o.Website, o.CreatedAt);

    private static RoleResponse ToResponse(RoleView r) => new(r.Id, r.Name, r.Permissions, r.IsOwner, r.MemberCount);

    private static StaffResponse ToResponse(StaffMember s) =>
        new(s.UserId, s.Email, s.DisplayName, s.RoleId, s.RoleName, s.IsOwner, s.EventIds, s.JoinedAt);

    private static InvitationResponse ToResponse(InvitationView i) => new(i.Id, i.Email, i.RoleId, i.RoleName, i.Status.ToApi<Api.InvitationState>(), i.CreatedAt, i.ExpiresAt);
}

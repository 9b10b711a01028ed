using System.ComponentModel.DataAnnotations;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary><c>POST /api/organizations</c>.</summary>
public sealed class CreateOrganizationRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";
}

/// <summary><c>PUT /api/organizations/{orgId}</c>: the organization's public profile.</summary>
public sealed class OrganizationProfileDto
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(2000)]
    public string? Description { get; set; }

    [Url(ErrorMessage = "Give a full http(s) address."), StringLength(500)]
    public string? LogoUrl { get; set; }

    [EmailAddress, StringLength(256)]
    public string? ContactEmail { get; set; }

    [Url(ErrorMessage = "Give a full http(s) address."), StringLength(500)]
    public string? Website { get; set; }
}

public sealed record OrganizationResponse(Guid Id, string Name);

/// <summary>One of the caller's organizations, with the caller's role and permissions there.</summary>
public sealed record MyOrganizationResponse(Guid Id, string Name, Guid RoleId, string RoleName, bool IsOwner, IReadOnlyList<string> Permissions);

public sealed record OrganizationDetailsResponse(
    Guid Id, string Name, string? Description, string? LogoUrl, string? ContactEmail, string? Website, DateTimeOffset CreatedAt);

/// <summary><c>POST/PUT /api/organizations/{orgId}/roles</c>.</summary>
public sealed class RoleRequest
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.RoleNameRequired))]
    [StringLength(60, MinimumLength = 1, ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.RoleNameLength))]
    public string Name { get; set; } = "";

    [Required]
    public List<string> Permissions { get; set; } = [];
}

public sealed record RoleResponse(Guid Id, string Name, IReadOnlyList<string> Permissions, bool IsOwner, int MemberCount);

/// <summary><c>POST /api/organizations/{orgId}/invitations</c>.</summary>
public sealed class InvitationRequest
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required]
    public Guid? RoleId { get; set; }
}

public sealed record InvitationResponse(Guid Id, string Email, Guid RoleId, string RoleName, InvitationState Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record InvitationPreviewResponse(Guid OrganizationId, string OrganizationName, string RoleName, string Email, InvitationState Status);

public sealed record AcceptedInvitationResponse(Guid OrganizationId, string OrganizationName, string RoleName);

/// <summary><c>PUT /api/organizations/{orgId}/staff/{userId}</c>; <c>eventIds</c> empty or absent: every event.</summary>
public sealed class StaffAssignmentRequest
{
    [Required]
    public Guid? RoleId { get; set; }

    public List<Guid>? EventIds { get; set; }
}

public sealed record StaffResponse(
    Guid UserId, string Email, string? DisplayName, Guid RoleId, string RoleName, bool IsOwner, IReadOnlyList<Guid> EventIds, DateTimeOffset JoinedAt);

public sealed record AuditEntryResponse(Guid Id, Guid ActorUserId, string? ActorName, string Action, string Details, DateTimeOffset At);

public sealed record PackageLimitsResponse(int? MaxEvents, int? MaxTicketsPerEvent, int? MaxStaff);

/// <summary><c>GET /api/packages</c>: a subscription package and its limits (null: unlimited).</summary>
public sealed record PackageResponse(string Id, string Name, MoneyResponse Price, PackageLimitsResponse Limits);

/// <summary><c>POST /api/organizations/{orgId}/subscription</c>.</summary>
public sealed class SubscriptionRequest
{
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(20)]
    public string PackageId { get; set; } = "";
}

public sealed record CheckoutResponse(string CheckoutUrl);

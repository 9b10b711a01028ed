namespace EventFly.Services.Organizations.Contracts;

/// <summary>An organization as seen by one of its members.</summary>
public sealed record OrganizationMembership(Guid Id, string Name, Guid RoleId, string RoleName, bool IsOwner, IReadOnlyList<string> Permissions);

public sealed record OrganizationDetails(
    Guid Id, string Name, string? Description, string? LogoUrl, string? ContactEmail, string? Website, DateTimeOffset CreatedAt);

public sealed record OrganizationProfileChange(string Name, string? Description, string? LogoUrl, string? ContactEmail, string? Website);

public sealed record RoleView(Guid Id, string Name, IReadOnlyList<string> Permissions, bool IsOwner, int MemberCount);

public sealed record StaffMember(
    Guid UserId, string Email, string? DisplayName, Guid RoleId, string RoleName, bool IsOwner, IReadOnlyList<Guid> EventIds, DateTimeOffset JoinedAt);

/// <summary><see cref="Expired"/>: still pending when its time ran out.</summary>
public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

public sealed record InvitationView(
    Guid Id, string Email, Guid RoleId, string RoleName, InvitationState Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>What the accept page shows before the invitee accepts.</summary>
public sealed record InvitationPreview(Guid OrganizationId, string OrganizationName, string RoleName, string Email, InvitationState Status);

public sealed record AuditEntryView(Guid Id, Guid ActorUserId, string? ActorName, string Action, string Details, DateTimeOffset At);

using Microsoft.AspNetCore.Authorization;

namespace EventFly.Web.Authorization;

/// <summary>"May the user do <see cref="Permission"/> in the organization that owns the resource?"</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Any member, whatever the role.</summary>
public sealed record MemberRequirement : IAuthorizationRequirement;

/// <summary>Only owners (the audit log is theirs).</summary>
public sealed record OwnerRequirement : IAuthorizationRequirement;

/// <summary>
/// The resource every organization-owned thing resolves to; <see cref="EventId"/> is set when the thing belongs to
/// one event, so staff limited to other events are refused.
/// </summary>
public readonly record struct OrganizationResource(Guid OrganizationId, Guid? EventId = null);

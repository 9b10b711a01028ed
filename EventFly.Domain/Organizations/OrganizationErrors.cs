namespace EventFly.Domain.Organizations;

/// <summary>Error codes of the Organizations context, listed in docs/api.md; wire values never change.</summary>
public static class OrganizationErrors
{
    /// <summary>404: no such organization, or the caller may not see it.</summary>
    public const string UnknownOrganization = "unknown_organization";

    public const string NameRequired = "name_required";

    public const string NameTooLong = "name_too_long";

    /// <summary>404: no such package id.</summary>
    public const string UnknownPackage = "unknown_package";

    /// <summary>The organization's package allows fewer published events, tickets per event or staff.</summary>
    public const string PackageLimitReached = "package_limit_reached";

    /// <summary>404: no such role in this organization.</summary>
    public const string UnknownRole = "unknown_role";

    /// <summary>A permission name outside <c>Permissions.All</c>.</summary>
    public const string InvalidPermission = "invalid_permission";

    /// <summary>Changing or deleting the Owner role.</summary>
    public const string OwnerRoleFixed = "owner_role_fixed";

    /// <summary>Deleting a role that staff or pending invitations hold (or reassigning it to itself).</summary>
    public const string RoleInUse = "role_in_use";

    /// <summary>403: creating an organization while <c>EventFly:Identity:RequireConfirmedEmail</c> is on and the address is unconfirmed.</summary>
    public const string EmailNotConfirmed = "email_not_confirmed";

    public const string RoleNameRequired = "role_name_required";

    public const string RoleNameTooLong = "role_name_too_long";

    public const string DuplicateRoleName = "duplicate_role_name";

    /// <summary>The person is already on the staff.</summary>
    public const string AlreadyMember = "already_member";

    /// <summary>404: the person is not on the staff.</summary>
    public const string NotAMember = "not_a_member";

    /// <summary>Demoting or removing the last owner.</summary>
    public const string LastOwner = "last_owner";

    public const string InvalidEmail = "invalid_email";

    /// <summary>The address already has a pending invitation (resend it instead).</summary>
    public const string AlreadyInvited = "already_invited";

    /// <summary>404: no such invitation in this organization.</summary>
    public const string UnknownInvitation = "unknown_invitation";

    /// <summary>404: an invitation link whose token is not valid or names no invitation.</summary>
    public const string InvalidInvitation = "invalid_invitation";

    /// <summary>404: accepting an invitation without a known account.</summary>
    public const string UnknownUser = "unknown_user";

    /// <summary>Accepting with an account whose e-mail is not the invited address.</summary>
    public const string InvitationEmailMismatch = "invitation_email_mismatch";

    /// <summary>Revoking or resending an invitation that is no longer pending.</summary>
    public const string InvitationNotPending = "invitation_not_pending";

    public const string InvitationRevoked = "invitation_revoked";

    public const string InvitationAlreadyAccepted = "invitation_already_accepted";

    public const string InvitationExpired = "invitation_expired";
}

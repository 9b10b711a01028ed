using EventFly.Domain.Common;

namespace EventFly.Domain.Organizations;

public enum InvitationStatus
{
    Pending,
    Accepted,
    Revoked,
}

/// <summary>An e-mail address asked to join an organization with a role, until it accepts, is revoked or expires.</summary>
public sealed class Invitation : Entity<Guid>
{
    public const int MaxEmailLength = 256;

    private Invitation()
    {
        Email = "";
    }

    internal Invitation(Guid organizationId, string email, Guid roleId, Guid invitedBy, DateTimeOffset now, TimeSpan validFor)
    {
        Id = Guid.CreateVersion7(now);
        OrganizationId = organizationId;
        Email = email;
        RoleId = roleId;
        InvitedBy = invitedBy;
        CreatedAt = now;
        ExpiresAt = now + validFor;
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>Lower-case; only an account with this address can accept.</summary>
    public string Email { get; private set; }

    public Guid RoleId { get; private set; }

    public Guid InvitedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public InvitationStatus Status { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public bool IsOpen(DateTimeOffset now) => Status == InvitationStatus.Pending && now < ExpiresAt;

    internal void Accept(Guid userId, string userEmail, DateTimeOffset now)
    {
        EnsureOpen(now);
        if (!string.Equals(userEmail.Trim(), Email, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(OrganizationErrors.InvitationEmailMismatch, "This invitation was sent to another e-mail address. Sign in with that address to accept it.");
        Status = InvitationStatus.Accepted;
        AcceptedBy = userId;
    }

    internal void ReassignRole(Guid roleId) => RoleId = roleId;

    internal void Revoke()
    {
        if (Status != InvitationStatus.Pending)
            throw new DomainException(OrganizationErrors.InvitationNotPending, "Only a pending invitation can be revoked.");
        Status = InvitationStatus.Revoked;
    }

    /// <summary>A resend gives the invitation a fresh validity period (and, by the caller, a fresh link).</summary>
    internal void Renew(DateTimeOffset now, TimeSpan validFor)
    {
        if (Status != InvitationStatus.Pending)
            throw new DomainException(OrganizationErrors.InvitationNotPending, "Only a pending invitation can be resent.");
        ExpiresAt = now + validFor;
    }

    private void EnsureOpen(DateTimeOffset now)
    {
        if (Status == InvitationStatus.Revoked) throw new DomainException(OrganizationErrors.InvitationRevoked, "This invitation was revoked.");
        if (Status == InvitationStatus.Accepted) throw new DomainException(OrganizationErrors.InvitationAlreadyAccepted, "This invitation was already accepted.");
        if (now >= ExpiresAt) throw new DomainException(OrganizationErrors.InvitationExpired, "This invitation has expired. Ask for a new one.");
    }
}

using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations;

/// <summary>Who changed what in an organization's team, and when. Written in the same transaction as the change.</summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
        Action = "";
        Details = "";
    }

    public AuditEntry(Guid organizationId, Guid actorUserId, string action, string details, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        OrganizationId = organizationId;
        ActorUserId = actorUserId;
        Action = action;
        Details = details;
        At = at.UtcDateTime;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid ActorUserId { get; private set; }

    public string Action { get; private set; }

    public string Details { get; private set; }

    /// <summary>UTC; a <see cref="DateTime"/> so SQLite can sort by it.</summary>
    public DateTime At { get; private set; }
}

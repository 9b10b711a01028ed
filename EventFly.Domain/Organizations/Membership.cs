using EventFly.Domain.Common;

namespace EventFly.Domain.Organizations;

/// <summary>A user's place on an organization's staff: one role, optionally limited to some events.</summary>
public sealed class Membership : Entity<Guid>
{
    private Membership()
    {
    }

    internal Membership(Guid organizationId, Guid userId, Guid roleId, DateTimeOffset joinedAt)
    {
        Id = Guid.CreateVersion7(joinedAt);
        OrganizationId = organizationId;
        UserId = userId;
        RoleId = roleId;
        JoinedAt = joinedAt;
    }

    public Guid OrganizationId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid RoleId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>Empty: every event of the organization. Otherwise the member's permissions apply only to these events.</summary>
    public List<Guid> EventIds { get; private set; } = [];

    internal void Assign(Guid roleId, IEnumerable<Guid>? eventIds)
    {
        RoleId = roleId;
        if (eventIds is not null) EventIds = [.. eventIds.Distinct()];
    }
}

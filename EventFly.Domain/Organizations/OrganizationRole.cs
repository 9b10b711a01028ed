using EventFly.Domain.Common;

namespace EventFly.Domain.Organizations;

/// <summary>A named set of permissions in one organization: built in (Owner, Manager, …) or defined by the organization.</summary>
public sealed class OrganizationRole : Entity<Guid>
{
    public const int MaxNameLength = 60;

    private OrganizationRole()
    {
        Name = "";
    }

    internal OrganizationRole(Guid id, Guid organizationId, string name, IEnumerable<string> permissions, bool isOwner)
    {
        Id = id;
        OrganizationId = organizationId;
        Name = name;
        IsOwner = isOwner;
        SetPermissions(permissions);
    }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The Owner role: every permission, cannot be edited or deleted, and always held by someone.</summary>
    public bool IsOwner { get; private set; }

    public List<string> Permissions { get; private set; } = [];

    internal void Change(string name, IEnumerable<string> permissions)
    {
        Name = name;
        SetPermissions(permissions);
    }

    private void SetPermissions(IEnumerable<string> permissions)
    {
        var list = permissions.Distinct(StringComparer.Ordinal).ToList();
        var unknown = list.Where(p => !Common.Permissions.IsKnown(p)).ToList();
        if (unknown.Count > 0)
            throw new DomainException(OrganizationErrors.InvalidPermission, $"Unknown permission(s): {string.Join(", ", unknown)}.");
        Permissions = IsOwner ? [.. Common.Permissions.All] : [.. Common.Permissions.All.Where(list.Contains)];
    }
}

using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations;

internal sealed class TeamService(OrganizationStore store, IProfileService accounts, TimeProvider time) : ITeamService
{
    public async Task<IReadOnlyList<RoleView>> ListRolesAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken, track: false);
        return [.. organization.Roles.OrderByDescending(r => r.IsOwner).ThenBy(r => r.Name).Select(r => OrganizationStore.ToView(organization, r))];
    }

    public async Task<RoleView> CreateRoleAsync(Actor actor, Guid organizationId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        var role = organization.AddRole(name, permissions, time.GetUtcNow());
        store.Data.Add(role);
        store.Audit(organizationId, actor, "role.created", $"Role '{role.Name}': {Describe(role.Permissions)}");
        await store.Data.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToView(organization, role);
    }

    public async Task<RoleView> UpdateRoleAsync(Actor actor, Guid organizationId, Guid roleId, string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        organization.ChangeRole(roleId, name, permissions);
        var role = organization.GetRole(roleId);
        store.Audit(organizationId, actor, "role.updated", $"Role '{role.Name}': {Describe(role.Permissions)}");
        await store.Data.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToView(organization, role);
    }

    public async Task DeleteRoleAsync(Actor actor, Guid organizationId, Guid roleId, Guid? reassignTo, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        var role = organization.GetRole(roleId);
        organization.DeleteRole(roleId, reassignTo);
        var moved = reassignTo is { } target && organization.Roles.FirstOrDefault(r => r.Id == target) is { } to ? $", holders moved to '{to.Name}'" : "";
        store.Audit(organizationId, actor, "role.deleted", $"Role '{role.Name}' deleted{moved}");
        await store.Data.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken, track: false);
        var people = (await accounts.GetAccountsAsync([.. organization.Members.Select(m => m.UserId)], cancellationToken)).ToDictionary(a => a.Id);
        return [.. organization.Members
            .Select(m => OrganizationStore.ToStaff(organization, m, people.GetValueOrDefault(m.UserId)))
            .OrderByDescending(s => s.IsOwner).ThenBy(s => s.DisplayName ?? s.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<StaffMember> AssignStaffAsync(Actor actor, Guid organizationId, Guid userId, Guid roleId, IReadOnlyCollection<Guid>? eventIds, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        organization.AssignMember(userId, roleId, eventIds);
        var person = (await accounts.GetAccountsAsync([userId], cancellationToken)).SingleOrDefault();
        var role = organization.GetRole(roleId);
        store.Audit(organizationId, actor, "staff.role_changed", $"{person?.Email ?? userId.ToString()} is now '{role.Name}'");
        await store.Data.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToStaff(organization, organization.FindMember(userId)!, person);
    }

    public async Task RemoveStaffAsync(Actor actor, Guid organizationId, Guid userId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        organization.RemoveMember(userId);
        var person = (await accounts.GetAccountsAsync([userId], cancellationToken)).SingleOrDefault();
        store.Audit(organizationId, actor, "staff.removed", $"{person?.Email ?? userId.ToString()} removed from the staff");
        await store.Data.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(List<string> permissions) => permissions.Count == 0 ? "no permissions" : string.Join(", ", permissions);
}

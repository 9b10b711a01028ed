using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

internal sealed class OrganizationService(
    OrganizationStore store,
    IOrganizationAccess access,
    IProfileService accounts,
    Microsoft.Extensions.Options.IOptions<EventFlyOptions> options,
    TimeProvider time) : IOrganizationService
{
    private OrganizationsData Db => store.Data;

    public async Task<OrganizationMembership> CreateAsync(Actor actor, string name, CancellationToken cancellationToken)
    {
        if (!actor.IsSignedIn) throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to create an organization.");
        if (options.Value.Identity.RequireConfirmedEmail && (await accounts.GetAccountAsync(actor.UserId, cancellationToken))?.EmailConfirmed != true)
            throw new ForbiddenException(OrganizationErrors.EmailNotConfirmed, "Confirm your e-mail address (see the link we sent you) before creating an organization.");
        var organization = Organization.Create(name, actor.UserId, time.GetUtcNow());
        organization.ChangePackage(Package.Find(options.Value.DefaultPackage), subscriptionId: null);
        Db.Organizations.Add(organization);
        store.Audit(organization.Id, actor, "organization.created", $"Created '{organization.Name}'");
        await Db.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToMembership(organization, organization.OwnerRole);
    }

    public async Task<IReadOnlyList<OrganizationMembership>> ListMineAsync(Actor actor, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in Db.Memberships
            join o in Db.Organizations on m.OrganizationId equals o.Id
            join r in Db.Roles on m.RoleId equals r.Id
            where m.UserId == actor.UserId
            orderby o.Name
            select new { o.Id, o.Name, RoleId = r.Id, RoleName = r.Name, r.IsOwner, r.Permissions }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OrganizationMembership(r.Id, r.Name, r.RoleId, r.RoleName, r.IsOwner, r.Permissions))];
    }

    public async Task<OrganizationDetails> GetAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        (await access.GetGrantAsync(actor, organizationId, cancellationToken)).RequireMember();
        return OrganizationStore.ToDetails(await Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken)
            ?? throw OrganizationStore.NotFound());
    }

    public async Task<OrganizationDetails> UpdateProfileAsync(Actor actor, Guid organizationId, OrganizationProfileChange change, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.StaffManage, cancellationToken);
        organization.UpdateProfile(change.Name, change.Description, change.LogoUrl, change.ContactEmail, change.Website);
        store.Audit(organizationId, actor, "organization.updated", $"Profile updated ('{organization.Name}')");
        await Db.SaveChangesAsync(cancellationToken);
        return OrganizationStore.ToDetails(organization);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken) =>
        await Db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
}

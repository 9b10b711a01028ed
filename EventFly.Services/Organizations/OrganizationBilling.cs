using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

internal sealed class OrganizationBilling(OrganizationStore store, TimeProvider time) : IOrganizationBilling
{
    private OrganizationsData Db => store.Data;

    public async Task<BillingOverview> GetOverviewAsync(Actor actor, Guid organizationId, CancellationToken cancellationToken)
    {
        var organization = await store.LoadForAsync(actor, organizationId, Permissions.BillingManage, cancellationToken, track: false);
        var now = time.GetUtcNow();
        var pending = organization.Invitations.Count(i => OrganizationStore.StateOf(i, now) == InvitationState.Pending);
        return new BillingOverview(Packages.Find(organization.PackageId), organization.SubscriptionId, organization.Members.Count + pending);
    }

    public async Task<PackageView> GetPackageAsync(Guid organizationId, CancellationToken cancellationToken) =>
        Packages.Find(await Db.Organizations.Where(o => o.Id == organizationId).Select(o => o.PackageId).SingleOrDefaultAsync(cancellationToken)
            ?? throw OrganizationStore.NotFound());

    public async Task<string?> GetSubscriptionIdAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Db.Organizations.Where(o => o.Id == organizationId).Select(o => o.SubscriptionId).SingleOrDefaultAsync(cancellationToken);

    public async Task ChangePackageAsync(Guid organizationId, string packageId, string? subscriptionId, CancellationToken cancellationToken)
    {
        var organization = await Db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) ?? throw OrganizationStore.NotFound();
        var package = Package.Find(packageId);
        if (organization.PackageId == package.Id && organization.SubscriptionId == subscriptionId) return;
        organization.ChangePackage(package, subscriptionId);
        Db.Add(new AuditEntry(organizationId, Guid.Empty, "billing.package_changed", $"Package is now {package.Name}", time.GetUtcNow()));
        await Db.SaveChangesAsync(cancellationToken);
    }
}

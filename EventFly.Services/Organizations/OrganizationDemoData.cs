using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.DemoData;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Organizations.Persistence;

namespace EventFly.Services.Organizations;

/// <summary>
/// "Riverside Events": Otto owns it, Mia manages, Ben runs the box office, Cara holds a custom door role; "Spree Tech
/// Meetups": Mia owns it. Both on the Pro package.
/// </summary>
internal sealed class OrganizationDemoData(OrganizationsData db, IProfileService accounts, TimeProvider time) : IDemoDataContributor
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        async Task<Guid> IdOf(DemoAccount account) =>
            (await accounts.FindAccountByEmailAsync(account.Email, cancellationToken))?.Id
            ?? throw new InvalidOperationException($"Demo account {account.Email} is missing; accounts are seeded first.");

        var now = time.GetUtcNow();
        if (!await db.Organizations.AnyAsync(o => o.Name == DemoOrganizations.Spree, cancellationToken))
        {
            var spree = Organization.Create(DemoOrganizations.Spree, await IdOf(DemoAccounts.Manager), now);
            spree.ChangePackage(Package.Pro, subscriptionId: null);
            db.Add(spree);
        }
        if (await db.Organizations.AnyAsync(o => o.Name == DemoOrganizations.Riverside, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var organization = Organization.Create(DemoOrganizations.Riverside, await IdOf(DemoAccounts.Organizer), now);
        organization.ChangePackage(Package.Pro, subscriptionId: null);
        organization.UpdateProfile(DemoOrganizations.Riverside, "Open-air concerts, food markets and meetups by the river since 2019.",
            null, "hello@riverside.example", "https://riverside.example");
        var door = organization.AddRole("Door supervisor", [Permissions.CheckinScan, Permissions.OrdersView], now);
        organization.AddMember(await IdOf(DemoAccounts.Manager), organization.Roles.Single(r => r.Name == "Manager").Id, now);
        organization.AddMember(await IdOf(DemoAccounts.BoxOffice), organization.Roles.Single(r => r.Name == "Box office").Id, now);
        organization.AddMember(await IdOf(DemoAccounts.DoorStaff), door.Id, now);
        db.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
    }
}

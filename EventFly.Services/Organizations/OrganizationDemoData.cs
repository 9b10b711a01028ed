using EventFly.Domain.Organizations;
using EventFly.Services.DemoData;
using EventFly.Services.Identity;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Organizations;

/// <summary>"Riverside Events": Otto owns it, Mia manages, Ben runs the box office, Cara holds a custom door role.</summary>
internal sealed class OrganizationDemoData(EventFlyDbContext db, IProfileService accounts, TimeProvider time) : IDemoDataContributor
{
    public const string Name = "Riverside Events";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Organization>().AnyAsync(o => o.Name == Name, cancellationToken)) return;

        async Task<Guid> IdOf(DemoAccount account) =>
            (await accounts.FindAccountByEmailAsync(account.Email, cancellationToken))?.Id
            ?? throw new InvalidOperationException($"Demo account {account.Email} is missing; accounts are seeded first.");

        var now = time.GetUtcNow();
        var organization = Organization.Create(Name, await IdOf(DemoAccounts.Organizer), now);
        organization.ChangePackage(Package.Pro, subscriptionId: null);
        organization.UpdateProfile(Name, "Open-air concerts, food markets and meetups by the river since 2019.",
            null, "hello@riverside.example", "https://riverside.example");
        var door = organization.AddRole("Door supervisor", [Permissions.CheckinScan, Permissions.OrdersView], now);
        organization.AddMember(await IdOf(DemoAccounts.Manager), organization.Roles.Single(r => r.Name == "Manager").Id, now);
        organization.AddMember(await IdOf(DemoAccounts.BoxOffice), organization.Roles.Single(r => r.Name == "Box office").Id, now);
        organization.AddMember(await IdOf(DemoAccounts.DoorStaff), door.Id, now);
        db.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
    }
}

using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.DemoData;

internal static class DemoActors
{
    /// <summary>A demo account as the caller of a use case, so demo data goes through the same rules as the UI.</summary>
    public static async Task<Actor> ActorOfAsync(this IProfileService accounts, DemoAccount account, CancellationToken cancellationToken) =>
        new((await accounts.FindAccountByEmailAsync(account.Email, cancellationToken)
            ?? throw new InvalidOperationException($"Demo account {account.Email} is missing; accounts are seeded first.")).Id);

    /// <summary>The ids of the crowd's accounts (<see cref="DemoAccounts.Crowd"/>) that exist.</summary>
    public static async Task<IReadOnlyList<Guid>> CrowdIdsAsync(this IProfileService accounts, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(DemoAccounts.Crowd.Count);
        foreach (var guest in DemoAccounts.Crowd)
            if (await accounts.FindAccountByEmailAsync(guest.Email, cancellationToken) is { } account) ids.Add(account.Id);
        return ids;
    }

    /// <summary>The past demo concert of Riverside, found through the Events and Organizations facades as Otto sees it; null before Events seeded it.</summary>
    public static async Task<EventView?> PastDemoEventAsync(this IEventService events, IOrganizationService organizations, Actor otto, CancellationToken cancellationToken)
    {
        var riverside = (await organizations.ListMineAsync(otto, cancellationToken)).FirstOrDefault(o => o.Name == DemoOrganizations.Riverside);
        if (riverside is null) return null;
        return (await events.ListForOrganizationAsync(otto, riverside.Id, cancellationToken)).FirstOrDefault(e => e.Name == DemoPastEvent.Name);
    }
}

using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Services.DemoData;

internal static class DemoActors
{
    /// <summary>A demo account as the caller of a use case, so demo data goes through the same rules as the UI.</summary>
    public static async Task<Actor> ActorOfAsync(this IProfileService accounts, DemoAccount account, CancellationToken cancellationToken) =>
        new((await accounts.FindAccountByEmailAsync(account.Email, cancellationToken)
            ?? throw new InvalidOperationException($"Demo account {account.Email} is missing; accounts are seeded first.")).Id);
}

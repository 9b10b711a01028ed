using System.Security.Claims;
using EventFly.Services.Identity.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace EventFly.Web.Identity;

/// <summary>
/// A deleted account's sign-ins end everywhere, not when they expire: a bearer token (valid for an hour) or a cookie on
/// another device (its security stamp is checked every 30 minutes) that was issued before the deletion makes its next
/// request as a guest, so the API answers 401 and pages ask to sign in. One indexed lookup per account and host at most
/// every <see cref="Recheck"/>; the host that deleted the account knows at once, the others within that time.
/// </summary>
internal sealed class DeletedAccounts(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(30);

    public void Deleted(Guid userId) => cache.Set(Key(userId), true, TimeSpan.FromHours(2));

    public async Task<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(userId), out bool deleted)) return deleted;
        await using (var scope = scopes.CreateAsyncScope())
            deleted = !await scope.ServiceProvider.GetRequiredService<IAccountErasure>().IsActiveAsync(userId, cancellationToken);
        cache.Set(Key(userId), deleted, deleted ? TimeSpan.FromHours(2) : Recheck);
        return deleted;
    }

    private static (string, Guid) Key(Guid userId) => ("deleted-account", userId);
}

internal static class DeletedAccountsMiddleware
{
    /// <summary>After authentication: a principal of a deleted account is replaced by a guest.</summary>
    public static IApplicationBuilder UseDeletedAccountsAsGuests(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.FindUserId() is { } userId
            && await http.RequestServices.GetRequiredService<DeletedAccounts>().IsDeletedAsync(userId, http.RequestAborted))
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(http);
    });
}

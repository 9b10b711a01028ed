using EventFly.Services.Identity.Contracts;
using EventFly.Services.Identity.Persistence;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Identity;

internal sealed class AccountErasure(IdentityData db, WriteTransactions writes, UserManager<AppUser> users, TimeProvider time) : IAccountErasure
{
    public async Task<PasswordCheck> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user?.PasswordHash is null || user.IsErased) return PasswordCheck.Wrong;
        if (await users.IsLockedOutAsync(user)) return PasswordCheck.LockedOut;
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return PasswordCheck.Correct;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? PasswordCheck.LockedOut : PasswordCheck.Wrong;
    }

    public async Task<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.UserName }).SingleOrDefaultAsync(cancellationToken);
        return account is not null && !AppUser.IsErasedName(account.Email, account.UserName);
    }

    public async Task EraseAsync(Guid userId, bool cancelOpenPaidOrders, CancellationToken cancellationToken)
    {
        await using var transaction = await writes.BeginAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.IsErased) return;

        user.Erase();
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.Add(IntegrationEvents.ToOutbox(new ParticipantDeletedV1(userId, cancelOpenPaidOrders, time.GetUtcNow())));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using EventFly.Services.Identity.Contracts;
using EventFly.Services.Identity.Persistence;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Identity;

internal sealed class AccountErasure(IdentityData db, WriteTransactions writes, IPasswordHasher<AppUser> hasher, TimeProvider time) : IAccountErasure
{
    public async Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user?.PasswordHash is not { } hash || user.IsErased) return false;
        return hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
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

using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Privacy.Contracts;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Privacy;

internal sealed partial class PersonalDataService(
    IEnumerable<IPersonalDataSource> sources,
    IAccountErasure accounts,
    IOrganizationOwnership ownership,
    IOpenPaidOrders openPaidOrders,
    TimeProvider time,
    ILogger<PersonalDataService> logger) : IPersonalDataService
{
    public async Task<PersonalDataExport> ExportAsync(Actor actor, CancellationToken cancellationToken)
    {
        var userId = SignedIn(actor);
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        // One after another: the sources share the scope's DbContext.
        foreach (var source in sources) sections.Add(source.Section, await source.ExportAsync(userId, cancellationToken));
        return new PersonalDataExport(userId, time.GetUtcNow(), sections);
    }

    public async Task<AccountDeletionResult> DeleteAccountAsync(Actor actor, AccountDeletionRequest request, CancellationToken cancellationToken)
    {
        var userId = SignedIn(actor);
        var password = string.IsNullOrEmpty(request.Password) ? PasswordCheck.Wrong : await accounts.CheckPasswordAsync(userId, request.Password, cancellationToken);
        if (password != PasswordCheck.Correct)
            return AccountDeletionResult.Of(password == PasswordCheck.LockedOut ? AccountDeletionOutcome.LockedOut : AccountDeletionOutcome.InvalidPassword);

        var solelyOwned = await ownership.ListSolelyOwnedAsync(userId, cancellationToken);
        if (solelyOwned.Count > 0) return new AccountDeletionResult(AccountDeletionOutcome.SoleOwner, solelyOwned, []);

        var open = await openPaidOrders.ListAsync(userId, cancellationToken);
        if (open.Count > 0 && request.OpenPaidOrders is null) return new AccountDeletionResult(AccountDeletionOutcome.OpenPaidOrders, [], open);

        var cancel = open.Count > 0 && request.OpenPaidOrders == OpenPaidOrdersChoice.Cancel;
        await accounts.EraseAsync(userId, cancel, cancellationToken);
        LogDeleted(logger, userId, open.Count, cancel);
        return AccountDeletionResult.Of(AccountDeletionOutcome.Deleted);
    }

    private static Guid SignedIn(Actor actor) =>
        actor.IsSignedIn ? actor.UserId : throw new ForbiddenException(CommonErrors.Forbidden, "Sign in to manage your data.");

    [LoggerMessage(LogLevel.Information, "Account {UserId} deleted; {OpenPaidOrders} open paid orders, cancelled: {Cancelled}")]
    private static partial void LogDeleted(ILogger logger, Guid userId, int openPaidOrders, bool cancelled);
}

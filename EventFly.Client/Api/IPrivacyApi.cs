using EventFly.Client.Contracts;

namespace EventFly.Client.Api;

/// <summary>The signed-in participant's data: the export is a plain download (<see cref="ExportUrl"/>); deleting goes through here.</summary>
public interface IPrivacyApi
{
    /// <summary>
    /// Deletes the caller's account. Fails with <c>invalid_password</c> (400), <c>sole_owner</c> or <c>open_paid_orders</c>
    /// (409, the message lists the orders; ask again with a choice).
    /// </summary>
    Task<ApiResult<bool>> DeleteAccountAsync(DeleteAccountRequest request, CancellationToken cancellationToken = default);
}

public static class PrivacyRoutes
{
    /// <summary>The JSON download of everything EventFly holds about the signed-in caller.</summary>
    public const string ExportUrl = "/api/me/export";

    /// <summary>Where to go (a full page load) after deleting: signs the deleted session out and shows the goodbye page.</summary>
    public const string SignOutDeletedUrl = "/account/deleted";

    public const string GoodbyeUrl = "/account/goodbye";
}

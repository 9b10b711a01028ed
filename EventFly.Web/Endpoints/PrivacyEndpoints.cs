using System.Globalization;
using EventFly.Client.Contracts;
using EventFly.Domain.Privacy;
using EventFly.Services.Privacy.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ApiChoice = EventFly.Client.Contracts.OpenPaidOrdersChoice;
using ServiceChoice = EventFly.Services.Privacy.Contracts.OpenPaidOrdersChoice;

namespace EventFly.Web.Endpoints;

/// <summary>
/// The participant's data (ADR 0030): <c>GET /api/me/export</c> downloads all of it as JSON; <c>DELETE /api/me</c>
/// deletes the account after the password is confirmed, and signs a cookie session out.
/// </summary>
internal static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Privacy").RequireAuthorization();
        me.MapGet("/export", ExportAsync);
        me.MapDelete("/", DeleteAsync);
        return app;
    }

    private static async Task<JsonHttpResult<PersonalDataExport>> ExportAsync(HttpContext http, IPersonalDataService privacy, CancellationToken ct)
    {
        var export = await privacy.ExportAsync(http.User.ToActor(), ct);
        var day = export.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"eventfly-my-data-{day}.json\"";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(export);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        [FromBody] DeleteAccountRequest? body, HttpContext http, IPersonalDataService privacy, IOptions<IdentityOptions> identity,
        DeletedAccounts deletedAccounts, CancellationToken ct)
    {
        var choice = body?.OpenPaidOrders switch
        {
            ApiChoice.Cancel => ServiceChoice.Cancel,
            ApiChoice.Keep => ServiceChoice.Keep,
            _ => (ServiceChoice?)null,
        };
        var result = await privacy.DeleteAccountAsync(http.User.ToActor(), new AccountDeletionRequest(body?.Password, choice), ct);
        if (result.Outcome == AccountDeletionOutcome.LockedOut)
            http.Response.Headers.RetryAfter = ((int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (result.Outcome != AccountDeletionOutcome.Deleted) return Refusal(result);

        // A cookie session ends with the answer; bearer tokens stop refreshing (the security stamp changed), and every other
        // sign-in of the account is a guest from its next request on (DeletedAccounts).
        deletedAccounts.Deleted(http.User.FindUserId()!.Value);
        if ((await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Refusal(AccountDeletionResult result) => result.Outcome switch
    {
        AccountDeletionOutcome.InvalidPassword => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Confirm with your password.",
            detail: "Deleting your account needs your current password. Nothing was deleted.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = PrivacyErrors.InvalidPassword,
                ["errors"] = new Dictionary<string, string[]> { ["password"] = ["The password is missing or wrong."] },
            }),
        AccountDeletionOutcome.LockedOut => TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many wrong passwords.",
            detail: "Wait a few minutes, then try again with your current password. Nothing was deleted.",
            extensions: new Dictionary<string, object?> { ["code"] = PrivacyErrors.LockedOut }),
        AccountDeletionOutcome.SoleOwner => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "You are the only owner of an organization.",
            detail: $"Make someone else an owner of {string.Join(", ", result.SolelyOwned.Select(o => o.Name))} first (Team page), "
                + "then delete your account. Nothing was deleted.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = PrivacyErrors.SoleOwner,
                ["organizations"] = result.SolelyOwned.Select(o => new { id = o.Id, name = o.Name }).ToList(),
            }),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "You have paid orders for events still to come.",
            detail: $"Paid orders for events still to come: {string.Join("; ", result.OpenPaidOrders.Select(Describe))}. "
                + "Say whether to cancel them (refunded, tickets void) or keep them (tickets stay valid, without your name), and delete again. Nothing was deleted.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = PrivacyErrors.OpenPaidOrders,
                ["orders"] = result.OpenPaidOrders.Select(o => new
                {
                    id = o.OrderId, reference = o.Reference, eventId = o.EventId, eventName = o.EventName, startsAt = o.StartsAt,
                    total = new MoneyResponse(o.Total.Amount, o.Total.Currency),
                }).ToList(),
            }),
    };

    private static string Describe(Services.Ticketing.Contracts.OpenPaidOrder o) =>
        string.Create(CultureInfo.InvariantCulture, $"{o.EventName} on {o.StartsAt:yyyy-MM-dd} (order {o.Reference}, {o.Total.Amount:0.00} {o.Total.Currency})");
}

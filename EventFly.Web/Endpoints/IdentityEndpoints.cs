using EventFly.Client.Contracts;
using EventFly.Domain.Identity;
using EventFly.Services.Identity.Contracts;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.AspNetCore.Mvc;

namespace EventFly.Web.Endpoints;

internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        // register, login (token, or cookie with ?useCookies=true), refresh, and Identity's account-management endpoints.
        app.MapGroup("/api/auth")
            .WithTags("Auth")
            .RequireRateLimiting(RateLimitOptions.AuthPolicy)
            .AddEndpointFilter(AdjustIdentityApi)
            .MapIdentityApi<AppUser>();

        var me = app.MapGroup("/api/me").WithTags("Me").RequireAuthorization();
        me.MapGet("/", GetMeAsync);
        me.MapGet("/profile", GetProfileAsync);
        me.MapPut("/profile", UpdateProfileAsync);

        // A plain form post (with an antiforgery token) so every renderer, and no renderer at all, can sign out.
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(EventFly.Client.LocalUrl.OrHome(returnUrl));
        });
        return app;
    }

    /// <summary>
    /// Two adjustments to Identity's endpoints. Its confirmEmail answers a bad link with a bare 401 (and a user id that is
    /// no GUID with a 500): a forged or mangled link is bad input, so it becomes a 400 ProblemDetails the confirmation
    /// page can explain. Its manage/2fa changes the security stamp, which would sign a cookie session out at its next
    /// validation: the cookie is re-issued, as after a profile change.
    /// </summary>
    private static async ValueTask<object?> AdjustIdentityApi(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var path = http.Request.Path.Value!;
        if (path.EndsWith("/confirmEmail", StringComparison.OrdinalIgnoreCase))
        {
            if (!Guid.TryParse(http.Request.Query["userId"], out _)) return InvalidConfirmationLink();
            var confirmed = await next(context);
            return Unwrap(confirmed) is UnauthorizedHttpResult ? InvalidConfirmationLink() : confirmed;
        }
        var result = await next(context);
        if (path.EndsWith("/manage/2fa", StringComparison.OrdinalIgnoreCase) && Unwrap(result) is Ok<TwoFactorResponse>
            && (await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
        {
            var signIn = http.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user) await signIn.RefreshSignInAsync(user);
        }
        return result;
    }

    private static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;

    private static ProblemHttpResult InvalidConfirmationLink() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "This confirmation link is not valid.",
        detail: "Open the link from the latest confirmation e-mail, or send a new one from the app.",
        extensions: new Dictionary<string, object?> { ["code"] = IdentityErrors.InvalidConfirmationLink });

    private static async Task<Results<Ok<MeResponse>, NotFound>> GetMeAsync(HttpContext http, IProfileService profiles, CancellationToken ct)
    {
        var account = await profiles.GetAccountAsync(http.User.FindUserId()!.Value, ct);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(account.ToResponse());
    }

    private static async Task<Results<Ok<ProfileDto>, NotFound>> GetProfileAsync(HttpContext http, IProfileService profiles, CancellationToken ct)
    {
        var profile = await profiles.GetProfileAsync(http.User.FindUserId()!.Value, ct);
        return profile is null ? TypedResults.NotFound() : TypedResults.Ok(profile.ToDto());
    }

    private static async Task<Results<Ok<ProfileDto>, NotFound>> UpdateProfileAsync(
        ProfileDto body, HttpContext http, IProfileService profiles, SignInManager<AppUser> signIn, CancellationToken ct)
    {
        var saved = await profiles.UpdateProfileAsync(http.User.FindUserId()!.Value, body.ToDomain(), ct);
        if (saved is null) return TypedResults.NotFound();

        // The UI shows the display name from the sign-in cookie: re-issue it so the next page shows the new name.
        // Only for cookie sessions; a bearer-token call must not be handed a cookie.
        if ((await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded
            && await signIn.UserManager.GetUserAsync(http.User) is { } user)
            await signIn.RefreshSignInAsync(user);
        return TypedResults.Ok(saved.ToDto());
    }
}

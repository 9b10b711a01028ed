using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace EventFly.Web.Identity;

internal static class IdentitySetup
{
    /// <summary>
    /// ASP.NET Core Identity on the EF stores. The default scheme takes a bearer token when the request has one
    /// (API clients) and the Identity cookie otherwise (the Blazor UIs).
    /// </summary>
    public static IServiceCollection AddEventFlyIdentity(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEventFlyStores()
            .AddClaimsPrincipalFactory<EventFlyClaimsPrincipalFactory>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name);

        // The API answers 401/403 as a bearer API does; pages redirect to the sign-in page.
        services.AddAuthentication(options =>
            {
                options.DefaultChallengeScheme = ChallengeScheme;
                options.DefaultForbidScheme = ChallengeScheme;
            })
            .AddPolicyScheme(ChallengeScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/access-denied";
            options.Cookie.Name = "eventfly.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
        });
        services.AddMemoryCache();
        services.AddSingleton<DeletedAccounts>();
        return services;
    }

    private const string ChallengeScheme = "EventFly.Challenge";
}

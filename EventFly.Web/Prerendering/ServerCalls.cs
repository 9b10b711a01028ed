using EventFly.Client.Api;
using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventFly.Web.Prerendering;

/// <summary>How the prerendering adapters call a use case: as the signed-in caller, with refusals as the message the HTTP API would give.</summary>
internal static class ServerCalls
{
    public static async Task<ApiResult<T>> RunAsync<T>(AuthenticationStateProvider authentication, Func<Actor, Task<T>> call)
    {
        var actor = (await authentication.GetAuthenticationStateAsync()).User.ToActor();
        try
        {
            return ApiResult<T>.Ok(await call(actor));
        }
        catch (NotFoundException)
        {
            return ApiResult<T>.Fail("Not found.");
        }
        catch (Exception ex) when (ex is ForbiddenException or DomainException)
        {
            return ApiResult<T>.Fail(ex.Message);
        }
    }

    /// <summary>As <see cref="RunAsync{T}"/> for calls that need a signed-in caller.</summary>
    public static Task<ApiResult<T>> RunSignedInAsync<T>(AuthenticationStateProvider authentication, Func<Actor, Task<T>> call) =>
        RunAsync(authentication, actor => actor.IsSignedIn ? call(actor) : throw new ForbiddenException(WebErrors.SignedOut, "You are signed out."));
}

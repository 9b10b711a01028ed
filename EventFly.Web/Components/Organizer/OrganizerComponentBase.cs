using EventFly.Domain.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Authorization;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using EventFly.Services.Common;

namespace EventFly.Web.Components.Organizer;

/// <summary>Organizer portal components: who is acting, and broken rules shown as messages instead of errors.</summary>
public abstract class OrganizerComponentBase : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IAuthorizationService Authorization { get; set; } = default!;

    protected async Task<Actor> ActorAsync() =>
        new((await AuthenticationState).User.FindUserId() ?? throw new InvalidOperationException("The organizer portal requires sign-in."));

    /// <summary>
    /// Runs a change if the user still holds <paramref name="permission"/> in the organization (asked again each time,
    /// through the same handler as the API); a broken rule or a missing thing becomes an error message.
    /// </summary>
    protected async Task<bool> TryAsync(Guid organizationId, string permission, Func<Task> change, string? success = null, Guid? eventId = null)
    {
        if (!await HasAsync(organizationId, permission, eventId))
        {
            Snackbar.Add("Your role no longer allows this. Reload the page.", Severity.Error);
            return false;
        }
        return await TryAsync(change, success);
    }

    /// <summary>Whether the user holds the permission in the organization (for the event, when given).</summary>
    protected async Task<bool> HasAsync(Guid organizationId, string permission, Guid? eventId = null) =>
        (await Authorization.AuthorizeAsync((await AuthenticationState).User, new OrganizationResource(organizationId, eventId),
            new PermissionRequirement(permission))).Succeeded;

    /// <summary>Runs a change; a broken rule or a missing thing becomes an error message, success an optional confirmation.</summary>
    protected async Task<bool> TryAsync(Func<Task> change, string? success = null)
    {
        try
        {
            await change();
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (DomainException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        catch (NotFoundException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
        return false;
    }
}

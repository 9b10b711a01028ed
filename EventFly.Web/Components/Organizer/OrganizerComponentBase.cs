using EventFly.Domain.Common;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventFly.Web.Components.Organizer;

/// <summary>
/// Organizer portal components: who is acting, and refusals and broken rules shown as messages instead of errors. The
/// rules themselves live in the contexts' services, which every call here goes through with the caller; a component only
/// asks <see cref="GrantAsync"/> to hide what the services would refuse.
/// </summary>
public abstract class OrganizerComponentBase : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IOrganizationAccess OrganizationAccess { get; set; } = default!;

    [Inject(Key = PerCallScope.Key)] private IEventAccess EventAccess { get; set; } = default!;

    /// <summary>The signed-in organizer, as every service call takes them.</summary>
    protected async Task<Actor> ActorAsync() => (await AuthenticationState).User.ToActor();

    /// <summary>What the caller may do in the organization (to show or hide actions; the services check again).</summary>
    protected async Task<OrganizationGrant> GrantAsync(Guid organizationId) => await OrganizationAccess.GetGrantAsync(await ActorAsync(), organizationId, default);

    /// <summary>The event as the caller may see it, or null for unknown events and drafts hidden from them.</summary>
    protected async Task<EventGrant?> FindEventAsync(Guid eventId)
    {
        try
        {
            return await EventAccess.ReadAsync(await ActorAsync(), eventId, default);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether the user holds the permission in the organization (for the event, when given).</summary>
    protected async Task<bool> HasAsync(Guid organizationId, string permission, Guid? eventId = null) =>
        (await GrantAsync(organizationId)).Has(permission, eventId);

    /// <summary>Runs a change; a refusal, a broken rule or a missing thing becomes an error message, success an optional confirmation.</summary>
    protected async Task<bool> TryAsync(Func<Task> change, string? success = null)
    {
        try
        {
            await change();
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (ForbiddenException)
        {
            Snackbar.Add("Your role does not allow this. Reload the page.", Severity.Error);
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

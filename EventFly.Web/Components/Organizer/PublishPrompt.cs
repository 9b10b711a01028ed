using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using MudBlazor;

namespace EventFly.Web.Components.Organizer;

/// <summary>The question before an event goes public, asked the same way from the event list and the editor.</summary>
internal static class PublishPrompt
{
    /// <summary>Whether the organizer confirms; an event without ticket types is published only after a warning.</summary>
    public static async Task<bool> ConfirmAsync(IDialogService dialogs, ITicketCatalog catalog, Actor actor, Guid eventId, string name, bool listed)
    {
        var noTickets = (await catalog.ListTicketTypesAsync(actor, eventId, default)).Items.Count == 0;
        var message = $"'{name}' becomes visible to everyone{(listed ? " and appears in search" : " with the link")}."
            + (noTickets ? " It has no tickets yet: nobody can register until you add some under Tickets & orders." : "");
        return await dialogs.ShowMessageBoxAsync(noTickets ? "Publish without tickets?" : "Publish event?", message,
            yesText: "Publish", cancelText: "Not yet") == true;
    }
}

using System.Runtime.CompilerServices;
using EventFly.Client.Contracts;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure.Exports;
using Api = EventFly.Client.Contracts;

namespace EventFly.Web.Endpoints;

/// <summary>
/// An event's attendees, orders and check-ins as CSV or Excel (<see cref="TableExport"/>). Who may read them is Ticketing's
/// rule for the lists they come from (<c>orders.view</c>), checked by the first call, before the download starts.
/// Ticket codes are entry credentials: no export carries them.
/// </summary>
internal static class TicketingExports
{
    /// <summary>Orders asked for per call while an export pages through them.</summary>
    private const int OrderPage = 500;

    private static readonly string[] AttendeeColumns = ["Name", "E-mail", "Ticket type", "Access level", "Order reference", "Checked in at (UTC)"];

    private static readonly string[] OrderColumns = ["Reference", "Buyer name", "Buyer e-mail", "Status", "Tickets", "Total", "Currency", "Placed at (UTC)"];

    private static readonly string[] CheckInColumns = ["Checked in at (UTC)", "Name", "E-mail", "Ticket type", "Access level"];

    public static RouteGroupBuilder MapTicketingExports(this RouteGroupBuilder forEvent)
    {
        forEvent.MapGet("/attendees/export", (Guid eventId, string? format, HttpContext http, IOrderQueries orders) =>
                TableExport.Write(format, $"attendees-{eventId}", AttendeeColumns, AttendeesAsync(orders, http.User.ToActor(), eventId), "Attendees"))
            .RequireAuthorization();
        forEvent.MapGet("/orders/export", (Guid eventId, string? format, HttpContext http, IOrderQueries orders) =>
                TableExport.Write(format, $"orders-{eventId}", OrderColumns, OrdersAsync(orders, http.User.ToActor(), eventId), "Orders"))
            .RequireAuthorization();
        forEvent.MapGet("/checkins/export", (Guid eventId, string? format, HttpContext http, IOrderQueries orders) =>
                TableExport.Write(format, $"checkins-{eventId}", CheckInColumns, CheckInsAsync(orders, http.User.ToActor(), eventId), "Check-ins"))
            .RequireAuthorization();
        return forEvent;
    }

    private static async IAsyncEnumerable<object?[]> AttendeesAsync(
        IOrderQueries orders, Actor actor, Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var a in await orders.ListAttendeesAsync(actor, eventId, cancellationToken))
            yield return [a.Name, a.Email, a.TicketTypeName, a.AccessLevel, Order.ReferenceOf(a.OrderId), a.CheckedInAt];
    }

    /// <summary>Every order, newest first, as the order list pages them; one placed meanwhile shifts the pages, so none is listed twice.</summary>
    private static async IAsyncEnumerable<object?[]> OrdersAsync(
        IOrderQueries orders, Actor actor, Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<Guid>();
        for (var page = 1; ; page++)
        {
            var result = await orders.ListOrdersAsync(actor, eventId, new OrderSearch(null, null, page, OrderPage), cancellationToken);
            foreach (var o in result.Items.Where(o => seen.Add(o.Id)))
                yield return [o.Reference, o.BuyerName, o.BuyerEmail, WireNames.Name(o.Status.ToApi<Api.OrderState>()), o.Tickets, o.Total.Amount, o.Total.Currency, o.CreatedAt];
            if (result.Items.Count < OrderPage) yield break;
        }
    }

    /// <summary>One row per ticket checked in, in the order they came through the door.</summary>
    private static async IAsyncEnumerable<object?[]> CheckInsAsync(
        IOrderQueries orders, Actor actor, Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var attendees = await orders.ListAttendeesAsync(actor, eventId, cancellationToken);
        foreach (var a in attendees.Where(a => a.CheckedInAt is not null).OrderBy(a => a.CheckedInAt))
            yield return [a.CheckedInAt, a.Name, a.Email, a.TicketTypeName, a.AccessLevel];
    }
}

using System.Globalization;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using Microsoft.EntityFrameworkCore;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;

namespace EventFly.Services.Ticketing;

internal sealed class CheckInService(
    TicketingData db, TicketAdmission admission, IEventAccess access, IEventService events, IProfileService accounts,
    TicketingMetrics metrics, TimeProvider time)
    : ICheckInService
{
    public async Task<CheckInResult> CheckInAsync(Actor actor, Guid eventId, string signedCode, CancellationToken cancellationToken)
    {
        try
        {
            return await AdmitAsync(actor, eventId, signedCode, cancellationToken);
        }
        catch (Exception ex) when (RejectionOf(ex) is { } reason)
        {
            metrics.ScanRejected(reason);
            throw;
        }
    }

    /// <summary>A scan that admitted no one because of the ticket (not the scanner's permissions): its error code.</summary>
    private static string? RejectionOf(Exception ex) => ex switch
    {
        NotFoundException { Code: TicketingErrors.UnknownTicket } => TicketingErrors.UnknownTicket,
        DomainException { Code: TicketingErrors.TicketCancelled or TicketingErrors.AlreadyCheckedIn } rejected => rejected.Code,
        _ => null,
    };

    private async Task<CheckInResult> AdmitAsync(Actor actor, Guid eventId, string signedCode, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(actor, eventId, Permissions.CheckinScan, cancellationToken);
        var staffId = actor.UserId;
        var found = await admission.FindAsync(eventId, signedCode, cancellationToken) ?? throw UnknownTicket();
        if (found.Status != OrderStatus.Confirmed) throw new DomainException(TicketingErrors.TicketCancelled, "This ticket's order was cancelled; it does not admit.");

        var now = time.GetUtcNow();
        if (!await admission.AdmitAsync(found, eventId, staffId, now, door: null, cancellationToken))
            throw await AlreadyCheckedInAsync(found.Id, eventId, cancellationToken);

        var attendee = (await accounts.GetAccountsAsync([found.BuyerId], cancellationToken)).SingleOrDefault();
        return new CheckInResult(found.Id, AttendeeName(attendee, grant.Has(Permissions.OrdersView)), found.TypeName, found.AccessLevel, now);
    }

    /// <summary>
    /// Who was admitted, as the scanner may see it (ADR 0030): staff with <c>orders.view</c> the display name (or e-mail);
    /// staff who only scan the first word of the display name, enough to greet, never the e-mail.
    /// </summary>
    internal static string AttendeeName(AccountSummary? attendee, bool mayViewOrders)
    {
        if (attendee is null) return "";
        if (mayViewOrders || attendee.DisplayName == AppUser.DeletedDisplayName) return attendee.DisplayName ?? attendee.Email;
        return attendee.DisplayName?.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
    }

    public async Task<CheckInStats> GetStatsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.CheckinScan, cancellationToken);
        var tickets = from t in db.Tickets
                      join o in db.Orders on t.OrderId equals o.Id
                      where o.EventId == eventId && o.Status == OrderStatus.Confirmed
                      select t;
        return new CheckInStats(await tickets.CountAsync(t => t.CheckedInAt != null, cancellationToken), await tickets.CountAsync(cancellationToken));
    }

    private async Task<DomainException> AlreadyCheckedInAsync(Guid ticketId, Guid eventId, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == ticketId, cancellationToken);
        var by = ticket.CheckedInBy is { } staff ? await accounts.GetAccountAsync(staff, cancellationToken) : null;
        var ev = (await events.GetSummaryAsync(eventId, cancellationToken))!;
        var at = TimeZoneInfo.ConvertTime(ticket.CheckedInAt!.Value, ZoneOf(ev.TimeZone)).ToString("HH:mm", CultureInfo.InvariantCulture);
        var door = ticket.CheckedInDoor is { } name ? $" at {name}" : "";
        return new DomainException(TicketingErrors.AlreadyCheckedIn, $"Already checked in at {at}{door} by {by?.DisplayName ?? by?.Email ?? "a staff member"}.");
    }

    private static TimeZoneInfo ZoneOf(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static NotFoundException UnknownTicket() => new(TicketingErrors.UnknownTicket, "No ticket of this event has that code.");
}

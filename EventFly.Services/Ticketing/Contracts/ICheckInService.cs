using EventFly.Services.Common;

namespace EventFly.Services.Ticketing.Contracts;

/// <summary>Admission at the door (<c>checkin.scan</c> for the event): each ticket admits once, even when two devices scan it at the same moment.</summary>
public interface ICheckInService
{
    /// <summary>Checks in the ticket whose signed code was scanned or typed.</summary>
    /// <exception cref="Domain.Common.NotFoundException">A forged code, or a ticket of another event.</exception>
    /// <exception cref="Domain.Common.DomainException"><c>already_checked_in</c> (saying when and by whom), <c>ticket_cancelled</c>.</exception>
    Task<CheckInResult> CheckInAsync(Actor actor, Guid eventId, string signedCode, CancellationToken cancellationToken);

    Task<CheckInStats> GetStatsAsync(Actor actor, Guid eventId, CancellationToken cancellationToken);
}

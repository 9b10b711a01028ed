using EventFly.Domain.Common;

namespace EventFly.Domain.Ticketing;

public enum WaitlistStatus
{
    Waiting,
    Offered,
    Claimed,
    Expired,
    Left,
}

/// <summary>
/// A participant waiting for a sold-out ticket type. When seats return, the first in line is offered them: the seats are
/// held for the entry until <see cref="OfferExpiresAt"/>, then claimed as an order or passed to the next in line.
/// </summary>
public sealed class WaitlistEntry : Entity<Guid>
{
    private WaitlistEntry()
    {
    }

    public Guid EventId { get; private set; }

    public Guid TicketTypeId { get; private set; }

    public Guid UserId { get; private set; }

    public int Quantity { get; private set; }

    public WaitlistStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OfferExpiresAt { get; private set; }

    public bool IsActive => Status is WaitlistStatus.Waiting or WaitlistStatus.Offered;

    public static WaitlistEntry Join(TicketType type, Guid userId, int quantity, DateTimeOffset now)
    {
        if (type.Available > 0) throw new DomainException(TicketingErrors.NotSoldOut, $"'{type.Name}' is still on sale; buy it instead.");
        if (quantity < type.MinPerOrder || quantity > type.MaxPerOrder)
            throw new DomainException(TicketingErrors.InvalidQuantity, $"Wait for between {type.MinPerOrder} and {type.MaxPerOrder} of '{type.Name}'.");
        return new WaitlistEntry
        {
            Id = Guid.CreateVersion7(now), EventId = type.EventId, TicketTypeId = type.Id, UserId = userId, Quantity = quantity,
            Status = WaitlistStatus.Waiting, CreatedAt = now,
        };
    }

    /// <summary>The caller has held <see cref="Quantity"/> seats for this entry.</summary>
    public void Offer(DateTimeOffset now, TimeSpan validFor)
    {
        if (Status != WaitlistStatus.Waiting) throw new DomainException(TicketingErrors.NotWaiting, "This entry is not waiting.");
        Status = WaitlistStatus.Offered;
        OfferExpiresAt = now + validFor;
    }

    /// <summary>The participant takes the held seats as an order.</summary>
    public void Claim(DateTimeOffset now)
    {
        if (Status != WaitlistStatus.Offered || now >= OfferExpiresAt)
            throw new DomainException(TicketingErrors.OfferExpired, "This waitlist offer is no longer open.");
        Status = WaitlistStatus.Claimed;
    }

    /// <summary>The offer ran out; the caller releases the held seats (and offers them to the next in line).</summary>
    public void ExpireOffer(DateTimeOffset now)
    {
        if (Status != WaitlistStatus.Offered || now < OfferExpiresAt) throw new DomainException(TicketingErrors.OfferOpen, "This offer is still open.");
        Status = WaitlistStatus.Expired;
    }

    /// <returns>Whether seats were held for the entry and must be released.</returns>
    public bool Leave()
    {
        if (!IsActive) throw new DomainException(TicketingErrors.NotWaiting, "You are not on this waitlist.");
        var held = Status == WaitlistStatus.Offered;
        Status = WaitlistStatus.Left;
        return held;
    }
}

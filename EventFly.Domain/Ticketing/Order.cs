using System.Security.Cryptography;
using EventFly.Domain.Common;

namespace EventFly.Domain.Ticketing;

public enum OrderStatus
{
    PendingPayment,
    Confirmed,
    Cancelled,
    Expired,
}

/// <summary>One purchase by one participant: lines of ticket types and quantities; free orders confirm at once.</summary>
public sealed class Order : Entity<Guid>
{
    private Order()
    {
        Currency = "";
    }

    public Guid EventId { get; private set; }

    public Guid BuyerId { get; private set; }

    public OrderStatus Status { get; private set; }

    public decimal TotalAmount { get; private set; }

    public string Currency { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Where the buyer pays, while the order awaits payment.</summary>
    public string? CheckoutUrl { get; private set; }

    /// <summary>What buyers and staff quote (e-mails, order page, portal search): see <see cref="ReferenceOf"/>.</summary>
    public string Reference => ReferenceOf(Id);

    /// <summary>Whether the order's seats count as sold (confirmed) or held (awaiting payment); closed orders have none.</summary>
    public bool HoldsSeats => Status is OrderStatus.PendingPayment;

    public bool SellsSeats => Status is OrderStatus.Confirmed;

    public List<OrderLine> Lines { get; private set; } = [];

    public List<Ticket> Tickets { get; private set; } = [];

    /// <summary>
    /// The last 10 hex digits of the id, upper case: random bits of the version-7 id (its first digits are the creation
    /// time, so orders of one minute would share them). About one event in 5,500 with 20,000 orders has two that share
    /// a reference.
    /// </summary>
    public static string ReferenceOf(Guid orderId) => orderId.ToString("N")[^10..].ToUpperInvariant();

    /// <param name="seatsHeldForBuyer">A waitlist offer: its seats are already held, so the sales window does not apply.</param>
    public static Order Place(Guid eventId, Guid buyerId, IReadOnlyList<(TicketType Type, int Quantity)> lines, DateTimeOffset now, TimeSpan holdFor,
        bool seatsHeldForBuyer = false)
    {
        if (lines.Count == 0) throw new DomainException(TicketingErrors.EmptyOrder, "Choose at least one ticket.");
        if (lines.Select(l => l.Type.Id).Distinct().Count() != lines.Count) throw new DomainException(TicketingErrors.DuplicateLine, "List each ticket type once.");
        var order = new Order { Id = Guid.CreateVersion7(now), EventId = eventId, BuyerId = buyerId, CreatedAt = now };
        var total = Money.Zero(lines[0].Type.Currency);
        foreach (var (type, quantity) in lines)
        {
            if (type.EventId != eventId) throw new NotFoundException(TicketingErrors.UnknownTicketType, "That ticket type is not part of this event.");
            type.CheckOrderable(quantity, now, checkSalesWindow: !seatsHeldForBuyer);
            total = total.Plus(type.Price.Times(quantity));
            order.Lines.Add(new OrderLine(order.Id, type.Id, quantity, type.PriceAmount));
        }
        order.TotalAmount = total.Amount;
        order.Currency = total.Currency;
        if (total.IsFree)
        {
            order.Confirm(now);
        }
        else
        {
            order.Status = OrderStatus.PendingPayment;
            order.ExpiresAt = now + holdFor;
        }
        return order;
    }

    /// <summary>
    /// Payment arrived: issues one ticket per seat, each with an unguessable code. An expired order may still be confirmed
    /// (a late payment) once the caller has taken its seats again; a cancelled one never.
    /// </summary>
    public void Confirm(DateTimeOffset now)
    {
        if (Status == OrderStatus.Confirmed) return;
        if (Status == OrderStatus.Cancelled) throw new DomainException(TicketingErrors.OrderClosed, "This order was cancelled.");
        Status = OrderStatus.Confirmed;
        ClosedAt = null;
        CheckoutUrl = null;
        ExpiresAt = null;
        foreach (var line in Lines)
            for (var i = 0; i < line.Quantity; i++)
                Tickets.Add(new Ticket(Id, line.TicketTypeId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now));
    }

    public void AwaitPayment(string checkoutUrl)
    {
        if (Status != OrderStatus.PendingPayment) throw new DomainException(TicketingErrors.OrderClosed, "This order does not await payment.");
        CheckoutUrl = checkoutUrl;
    }

    /// <summary>Cancelled by the buyer or staff; the caller returns its seats (sold or held, as they were) to sale.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (Status is OrderStatus.Cancelled or OrderStatus.Expired) throw new DomainException(TicketingErrors.OrderClosed, "This order is already closed.");
        if (Tickets.Any(t => t.CheckedInAt is not null)) throw new DomainException(TicketingErrors.AlreadyCheckedIn, "A ticket of this order was already used.");
        Status = OrderStatus.Cancelled;
        ExpiresAt = null;
        CheckoutUrl = null;
        ClosedAt = now;
    }

    /// <summary>Payment arrived after the hold expired and the seats were resold: the order ends cancelled (and refunded).</summary>
    public void RejectLatePayment(DateTimeOffset now)
    {
        if (Status != OrderStatus.Expired) throw new DomainException(TicketingErrors.OrderNotExpired, "Only an expired order rejects a late payment.");
        Status = OrderStatus.Cancelled;
        ClosedAt = now;
    }

    /// <summary>Payment did not arrive in time; the caller releases the held seats.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (Status != OrderStatus.PendingPayment || ExpiresAt > now) throw new DomainException(TicketingErrors.OrderNotExpired, "This order is not awaiting payment past its hold.");
        Status = OrderStatus.Expired;
        ClosedAt = now;
        CheckoutUrl = null;
    }
}

public sealed class OrderLine
{
    private OrderLine()
    {
    }

    internal OrderLine(Guid orderId, Guid ticketTypeId, int quantity, decimal unitPrice)
    {
        OrderId = orderId;
        TicketTypeId = ticketTypeId;
        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    public Guid OrderId { get; private set; }

    public Guid TicketTypeId { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }
}

/// <summary>One seat of a confirmed order; <see cref="Code"/> is the secret printed in its QR.</summary>
public sealed class Ticket : Entity<Guid>
{
    private Ticket()
    {
        Code = "";
    }

    internal Ticket(Guid orderId, Guid ticketTypeId, string code, DateTimeOffset issuedAt)
    {
        Id = Guid.CreateVersion7(issuedAt);
        OrderId = orderId;
        TicketTypeId = ticketTypeId;
        Code = code;
        IssuedAt = issuedAt;
    }

    public Guid OrderId { get; private set; }

    public Guid TicketTypeId { get; private set; }

    public string Code { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    /// <summary>The staff member who scanned it.</summary>
    public Guid? CheckedInBy { get; private set; }

    /// <summary>The door an offline scanner named; null for the portal's online check-in.</summary>
    public string? CheckedInDoor { get; private set; }

    /// <summary>The offline scanner (a random id it made for itself) whose scan admitted the ticket.</summary>
    public string? CheckedInDevice { get; private set; }

    /// <summary>When the offline scanner saw the ticket, by its own clock; kept for the record, never used to decide.</summary>
    public DateTimeOffset? CheckedInScannedAt { get; private set; }
}

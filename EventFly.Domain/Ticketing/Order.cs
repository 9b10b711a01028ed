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

    public List<OrderLine> Lines { get; private set; } = [];

    public List<Ticket> Tickets { get; private set; } = [];

    public static Order Place(Guid eventId, Guid buyerId, IReadOnlyList<(TicketType Type, int Quantity)> lines, DateTimeOffset now, TimeSpan holdFor)
    {
        if (lines.Count == 0) throw new DomainException("empty_order", "Choose at least one ticket.");
        if (lines.Select(l => l.Type.Id).Distinct().Count() != lines.Count) throw new DomainException("duplicate_line", "List each ticket type once.");
        var order = new Order { Id = Guid.CreateVersion7(now), EventId = eventId, BuyerId = buyerId, CreatedAt = now };
        var total = Money.Zero(lines[0].Type.Currency);
        foreach (var (type, quantity) in lines)
        {
            if (type.EventId != eventId) throw new NotFoundException("unknown_ticket_type", "That ticket type is not part of this event.");
            type.CheckOrderable(quantity, now);
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

    /// <summary>Issues one ticket per seat, each with an unguessable code.</summary>
    public void Confirm(DateTimeOffset now)
    {
        if (Status == OrderStatus.Confirmed) return;
        Status = OrderStatus.Confirmed;
        ExpiresAt = null;
        foreach (var line in Lines)
            for (var i = 0; i < line.Quantity; i++)
                Tickets.Add(new Ticket(Id, line.TicketTypeId, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now));
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
}

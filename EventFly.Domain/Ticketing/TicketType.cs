using EventFly.Domain.Common;

namespace EventFly.Domain.Ticketing;

/// <summary>
/// What can be bought for an event. <see cref="Sold"/> and <see cref="Held"/> are changed only by conditional
/// database updates (capacity checked in the WHERE clause), never read-then-written, so a rush cannot oversell.
/// </summary>
public sealed class TicketType : Entity<Guid>
{
    public const int MaxNameLength = 100;

    private TicketType()
    {
        Name = "";
        AccessLevel = "";
        Currency = "";
    }

    public Guid EventId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public decimal PriceAmount { get; private set; }

    public string Currency { get; private set; }

    public Money Price => new(PriceAmount, Currency);

    public int Capacity { get; private set; }

    public int Sold { get; private set; }

    public int Held { get; private set; }

    public int Available => Math.Max(0, Capacity - Sold - Held);

    public DateTimeOffset? SalesStart { get; private set; }

    public DateTimeOffset? SalesEnd { get; private set; }

    public int MinPerOrder { get; private set; } = 1;

    public int MaxPerOrder { get; private set; } = 10;

    /// <summary>Shown on the ticket and at check-in, e.g. General, VIP, Backstage.</summary>
    public string AccessLevel { get; private set; }

    public bool Hidden { get; private set; }

    /// <summary>Whether buyers may cancel these tickets themselves before the event (staff always can).</summary>
    public bool BuyerCancellable { get; private set; } = true;

    /// <summary>A capacity shared with other ticket types of the event, if any.</summary>
    public Guid? QuotaId { get; private set; }

    public static TicketType Create(Guid eventId, TicketTypeDetails details, DateTimeOffset now)
    {
        var type = new TicketType { Id = Guid.CreateVersion7(now), EventId = eventId };
        type.Apply(details);
        return type;
    }

    public void Change(TicketTypeDetails details)
    {
        if (details.Capacity < Sold + Held)
            throw new DomainException(TicketingErrors.CapacityBelowSold, $"Capacity cannot drop below the {Sold + Held} tickets already sold or held.");
        Apply(details);
    }

    public bool OnSale(DateTimeOffset now) => !Hidden && (SalesStart is null || now >= SalesStart) && (SalesEnd is null || now < SalesEnd);

    /// <summary>Checks a requested quantity against this type's rules; the seats themselves are taken by the database.</summary>
    public void CheckOrderable(int quantity, DateTimeOffset now, bool checkSalesWindow = true)
    {
        if (checkSalesWindow && !OnSale(now)) throw new DomainException(TicketingErrors.SalesClosed, $"'{Name}' is not on sale now.");
        if (quantity < MinPerOrder || quantity > MaxPerOrder)
            throw new DomainException(TicketingErrors.InvalidQuantity, $"Order between {MinPerOrder} and {MaxPerOrder} of '{Name}'.");
    }

    private void Apply(TicketTypeDetails d)
    {
        var name = d.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength) throw new DomainException(TicketingErrors.InvalidName, $"A ticket type needs a name of at most {MaxNameLength} characters.");
        if (d.Capacity < 0) throw new DomainException(TicketingErrors.InvalidCapacity, "Capacity cannot be negative.");
        if (d.MinPerOrder < 1 || d.MaxPerOrder < d.MinPerOrder)
            throw new DomainException(TicketingErrors.InvalidOrderLimits, "At least 1 per order, and the maximum not below the minimum.");
        if (d.SalesStart is { } start && d.SalesEnd is { } end && end <= start)
            throw new DomainException(TicketingErrors.InvalidSalesWindow, "Sales must end after they start.");
        Name = name;
        Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
        PriceAmount = d.Price.Amount;
        Currency = d.Price.Currency;
        Capacity = d.Capacity;
        SalesStart = d.SalesStart;
        SalesEnd = d.SalesEnd;
        MinPerOrder = d.MinPerOrder;
        MaxPerOrder = d.MaxPerOrder;
        AccessLevel = string.IsNullOrWhiteSpace(d.AccessLevel) ? "General" : d.AccessLevel.Trim();
        Hidden = d.Hidden;
        QuotaId = d.QuotaId;
        BuyerCancellable = d.BuyerCancellable;
    }
}

public sealed record TicketTypeDetails(
    string Name, string? Description, Money Price, int Capacity, DateTimeOffset? SalesStart, DateTimeOffset? SalesEnd,
    int MinPerOrder, int MaxPerOrder, string? AccessLevel, bool Hidden, Guid? QuotaId, bool BuyerCancellable = true);

using EventFly.Domain.Ticketing;
using EventFly.Services.Analytics.Contracts;

namespace EventFly.Services.Tests.Analytics;

/// <summary>
/// What an event's sales numbers must be, computed straight from Ticketing's orders, the source Analytics follows: an
/// order was confirmed when its tickets were issued (a cancelled order keeps them), a cancelled paid one was refunded,
/// and everything counts on the UTC day it happened.
/// </summary>
internal sealed class TicketingBooks(IReadOnlyList<Order> orders, AnalyticsRange range)
{
    public int TicketsSold => ConfirmedInRange.Sum(o => o.Tickets.Count) - CancelledInRange.Sum(o => o.Tickets.Count);

    public int OrdersConfirmed => ConfirmedInRange.Count();

    public int OrdersPaid => OrdersConfirmed - OrdersCancelled;

    public int OrdersCancelled => CancelledInRange.Count();

    public int TicketsCancelled => CancelledInRange.Sum(o => o.Tickets.Count);

    public decimal GrossRevenue => ConfirmedInRange.Sum(o => o.TotalAmount);

    public decimal Refunds => CancelledInRange.Where(Refunded).Sum(o => o.TotalAmount);

    public decimal Revenue => GrossRevenue - Refunds;

    public int CheckIns => CheckInTimes.Count();

    /// <summary>Over the event's life (the range does not apply): tickets of confirmed orders, and of those the ones scanned.</summary>
    public (int Sold, int CheckedIn) Attendance =>
        (orders.Where(o => o.Status == OrderStatus.Confirmed).Sum(o => o.Tickets.Count), orders.SelectMany(o => o.Tickets).Count(t => t.CheckedInAt is not null));

    /// <summary>Days with a sale or a cancellation: (day, tickets, orders, tickets cancelled, gross, refunds).</summary>
    public List<(DateOnly Day, int Tickets, int Orders, int TicketsCancelled, decimal Gross, decimal Refunds)> SalesByDay =>
    [
        .. ConfirmedInRange.Select(o => (Day: DayOf(ConfirmedAt(o)), Confirmed: (Order?)o, Cancelled: (Order?)null))
            .Concat(CancelledInRange.Select(o => (Day: DayOf(o.ClosedAt!.Value), Confirmed: (Order?)null, Cancelled: (Order?)o)))
            .GroupBy(x => x.Day).OrderBy(g => g.Key)
            .Select(g => (g.Key,
                g.Sum(x => x.Confirmed?.Tickets.Count ?? 0), g.Count(x => x.Confirmed is not null), g.Sum(x => x.Cancelled?.Tickets.Count ?? 0),
                g.Sum(x => x.Confirmed?.TotalAmount ?? 0), g.Sum(x => x.Cancelled is { } c && Refunded(c) ? c.TotalAmount : 0))),
    ];

    /// <summary>Check-ins per quarter hour (UTC start).</summary>
    public List<(DateTime Start, int CheckIns)> CheckInSlots =>
    [
        .. CheckInTimes.GroupBy(at => new DateTime(at.UtcTicks - at.UtcTicks % TimeSpan.FromMinutes(15).Ticks, DateTimeKind.Utc)).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count())),
    ];

    /// <summary>Per ticket type ever confirmed, over the event's life: (type, sold and not cancelled, cancelled, revenue kept).</summary>
    public List<(Guid TypeId, int Sold, int Cancelled, decimal Revenue)> ByTicketType =>
    [
        .. Confirmed.SelectMany(o => o.Lines.Select(l => (Order: o, Line: l))).GroupBy(x => x.Line.TicketTypeId).OrderBy(g => g.Key)
            .Select(g => (g.Key,
                g.Where(x => x.Order.Status == OrderStatus.Confirmed).Sum(x => x.Line.Quantity),
                g.Where(x => x.Order.Status == OrderStatus.Cancelled).Sum(x => x.Line.Quantity),
                g.Where(x => x.Order.Status == OrderStatus.Confirmed || !Refunded(x.Order)).Sum(x => x.Line.Quantity * x.Line.UnitPrice))),
    ];

    private IEnumerable<Order> Confirmed => orders.Where(o => o.Tickets.Count > 0);

    private IEnumerable<Order> ConfirmedInRange => Confirmed.Where(o => range.Contains(DayOf(ConfirmedAt(o))));

    private IEnumerable<Order> CancelledInRange => Confirmed.Where(o => o.Status == OrderStatus.Cancelled && range.Contains(DayOf(o.ClosedAt!.Value)));

    private IEnumerable<DateTimeOffset> CheckInTimes =>
        orders.SelectMany(o => o.Tickets).Select(t => t.CheckedInAt).OfType<DateTimeOffset>().Where(at => range.Contains(DayOf(at)));

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static DateTimeOffset ConfirmedAt(Order order) => order.Tickets.Min(t => t.IssuedAt);

    /// <summary>Ticketing refunds every paid order it cancels after confirming it.</summary>
    private static bool Refunded(Order order) => order.TotalAmount > 0;
}

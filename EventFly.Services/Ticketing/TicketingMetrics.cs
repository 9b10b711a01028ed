using System.Diagnostics.Metrics;
using EventFly.Domain.Ticketing;

namespace EventFly.Services.Ticketing;

/// <summary>
/// The meter <c>EventFly.Ticketing</c>: orders confirmed and tickets admitted, each counted once, after the transaction
/// that made it so committed (Prometheus: <c>eventfly_ticketing_orders_confirmed_total</c>,
/// <c>eventfly_ticketing_check_ins_total</c>, <c>eventfly_ticketing_check_ins_rejected_total</c>).
/// </summary>
internal sealed class TicketingMetrics
{
    public const string MeterName = "EventFly.Ticketing";

    private readonly Counter<long> _ordersConfirmed;
    private readonly Counter<long> _checkIns;
    private readonly Counter<long> _rejectedScans;

    public TicketingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _ordersConfirmed = meter.CreateCounter<long>("eventfly.ticketing.orders_confirmed", "{order}",
            "Orders confirmed: free ones when placed, paid ones when their payment arrived (payment=free|paid).");
        _checkIns = meter.CreateCounter<long>("eventfly.ticketing.check_ins", "{ticket}", "Tickets admitted at the door, each once.");
        _rejectedScans = meter.CreateCounter<long>("eventfly.ticketing.check_ins_rejected", "{scan}",
            "Scans that admitted no one, by reason (the error code: unknown_ticket, ticket_cancelled, already_checked_in).");
    }

    public void OrderConfirmed(Order order) =>
        _ordersConfirmed.Add(1, new KeyValuePair<string, object?>("payment", order.TotalAmount == 0 ? "free" : "paid"));

    public void CheckedIn() => _checkIns.Add(1);

    public void ScanRejected(string reason) => _rejectedScans.Add(1, new KeyValuePair<string, object?>("reason", reason));
}

using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using Api = EventFly.Client.Contracts;

namespace EventFly.Web.Endpoints;

/// <summary>Between the Ticketing service's views and the API's contracts; shared by the endpoints and the prerendering API.</summary>
internal static class TicketingMapping
{
    public static TicketTypeDetails ToDetails(this TicketTypeRequest r) => new(
        r.Name, r.Description, new Money(r.Price.Amount, r.Price.Currency), r.Capacity, r.SalesStart, r.SalesEnd, r.MinPerOrder, r.MaxPerOrder,
        r.AccessLevel, r.Hidden, r.QuotaId, r.BuyerCancellable);

    public static TicketTypeResponse ToResponse(this TicketTypeView t, bool staff) => new(
        t.Id, t.Name, t.Description, Money(t.Price), t.Capacity, t.Available, t.OnSale, t.SalesStart, t.SalesEnd,
        t.MinPerOrder, t.MaxPerOrder, t.AccessLevel, t.Hidden, t.QuotaId, staff ? t.Sold : null, t.BuyerCancellable);

    public static DoorListResponse ToResponse(this DoorList d) =>
        new(d.EventId, d.EventName, d.GeneratedAt, [.. d.Tickets.Select(t => new DoorListEntryResponse(t.CodeHash, t.TicketTypeName, t.AccessLevel, t.CheckedInAt, t.Door))]);

    public static OfflineScanBatch ToBatch(this OfflineScanBatchRequest body) =>
        new(body.DeviceId, body.DoorName, [.. body.Scans.Select(s => new OfflineScan(s.Code, s.ScannedAt!.Value))]);

    public static OfflineScanResultResponse ToResponse(this OfflineScanResult r) => new(r.Code, r.ScannedAt, r.Status.ToApi<Api.OfflineScanState>(), r.Reason, r.TicketId, r.TicketTypeName, r.CheckedInAt, r.Door);

    public static QuotaResponse ToResponse(this QuotaView q) => new(q.Id, q.Name, q.Capacity, q.Sold, q.Held);

    public static OrderResponse ToResponse(this OrderView o) => new(
        o.Id, o.EventId, o.EventName, o.Status.ToApi<Api.OrderState>(), Money(o.Total), o.CreatedAt, o.ExpiresAt, o.CheckoutUrl, o.BuyerName, o.BuyerEmail,
        [.. o.Lines.Select(l => new OrderLineResponse(l.TicketTypeId, l.TicketTypeName, l.Quantity, Money(l.UnitPrice)))], [.. o.Tickets.Select(ToResponse)], o.Reference);

    public static OrderSummaryResponse ToResponse(this OrderSummary o) => new(o.Id, o.BuyerName, o.BuyerEmail, o.Status.ToApi<Api.OrderState>(), Money(o.Total), o.Tickets, o.CreatedAt, o.Reference);

    public static TicketResponse ToResponse(this TicketView t) =>
        new(t.Id, t.OrderId, t.EventId, t.EventName, t.TicketTypeId, t.TicketTypeName, t.AccessLevel, t.Code, t.Status.ToApi<Api.TicketState>(), t.CheckedInAt);

    public static WaitlistEntryResponse ToResponse(this WaitlistEntryView w) =>
        new(w.Id, w.TicketTypeId, w.TicketTypeName, w.Quantity, w.Status.ToApi<Api.WaitlistState>(), w.Position, w.OfferExpiresAt);

    private static MoneyResponse Money(Money m) => new(m.Amount, m.Currency);
}

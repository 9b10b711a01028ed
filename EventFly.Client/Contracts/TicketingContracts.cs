using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

public sealed class MoneyDto
{
    [Range(0, 1_000_000)]
    public decimal Amount { get; set; }

    [Required, StringLength(3, MinimumLength = 3)]
    public string Currency { get; set; } = "EUR";
}

/// <summary><c>POST/PUT /api/events/{eventId}/ticket-types</c>.</summary>
public sealed class TicketTypeRequest : IValidatableObject
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [StringLength(1000)]
    public string? Description { get; set; }

    [Required]
    public MoneyDto Price { get; set; } = new();

    [Range(0, 1_000_000)]
    public int Capacity { get; set; }

    public DateTimeOffset? SalesStart { get; set; }

    public DateTimeOffset? SalesEnd { get; set; }

    [Range(1, 100)]
    public int MinPerOrder { get; set; } = 1;

    [Range(1, 100)]
    public int MaxPerOrder { get; set; } = 10;

    [StringLength(50)]
    public string? AccessLevel { get; set; }

    public bool Hidden { get; set; }

    public Guid? QuotaId { get; set; }

    /// <summary>Buyers may cancel these tickets themselves before the event (staff always can).</summary>
    public bool BuyerCancellable { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxPerOrder < MinPerOrder) yield return new ValidationResult("The maximum per order is below the minimum.", [nameof(MaxPerOrder)]);
        if (SalesStart is { } start && SalesEnd is { } end && end <= start) yield return new ValidationResult("Sales must end after they start.", [nameof(SalesEnd)]);
    }
}

public sealed record TicketTypeResponse(
    Guid Id, string Name, string? Description, MoneyResponse Price, int Capacity, int Available, bool OnSale, DateTimeOffset? SalesStart,
    DateTimeOffset? SalesEnd, int MinPerOrder, int MaxPerOrder, string AccessLevel, bool Hidden, Guid? QuotaId, int? Sold, bool BuyerCancellable = true);

/// <summary><c>POST /api/events/{eventId}/quotas</c>: a capacity shared by several ticket types.</summary>
public sealed class QuotaRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [Range(0, 1_000_000)]
    public int Capacity { get; set; }
}

public sealed record QuotaResponse(Guid Id, string Name, int Capacity, int Sold, int Held);

public sealed class OrderItemRequest
{
    [Required]
    public Guid? TicketTypeId { get; set; }

    [Range(1, 100, ErrorMessage = "Quantity is between 1 and 100.")]
    public int Quantity { get; set; }
}

/// <summary><c>POST /api/events/{eventId}/orders</c> (send an <c>Idempotency-Key</c> header to retry safely).</summary>
public sealed class OrderRequest
{
    [Required, MinLength(1, ErrorMessage = "Choose at least one ticket."), MaxLength(20)]
    public List<OrderItemRequest> Items { get; set; } = [];
}

/// <summary>A ticket; <c>Code</c> is the signed code its QR holds.</summary>
public sealed record TicketResponse(
    Guid Id, Guid OrderId, Guid EventId, string EventName, Guid TicketTypeId, string TicketTypeName, string AccessLevel, string Code, TicketState Status,
    DateTimeOffset? CheckedInAt);

public sealed record OrderLineResponse(Guid TicketTypeId, string TicketTypeName, int Quantity, MoneyResponse UnitPrice);

public sealed record OrderResponse(
    Guid Id, Guid EventId, string EventName, OrderState Status, MoneyResponse Total, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, string? CheckoutUrl,
    string? BuyerName, string BuyerEmail, IReadOnlyList<OrderLineResponse> Lines, IReadOnlyList<TicketResponse> Tickets, string Reference);

/// <summary>One row of <c>GET /api/events/{eventId}/orders</c>.</summary>
public sealed record OrderSummaryResponse(
    Guid Id, string? BuyerName, string BuyerEmail, OrderState Status, MoneyResponse Total, int Tickets, DateTimeOffset CreatedAt, string Reference);

public sealed record AttendeeResponse(Guid TicketId, Guid OrderId, string? Name, string Email, string TicketTypeName, string AccessLevel, DateTimeOffset? CheckedInAt);

/// <summary><c>POST /api/events/{eventId}/checkins</c>: the code scanned from a QR or typed.</summary>
public sealed class CheckInRequest
{
    [Required(ErrorMessage = "Scan or type a ticket code."), StringLength(200)]
    public string Code { get; set; } = "";
}

public sealed record CheckInResponse(Guid TicketId, string AttendeeName, string TicketTypeName, string AccessLevel, DateTimeOffset CheckedInAt);

public sealed record CheckInStatsResponse(int CheckedIn, int Sold);

/// <summary><c>POST/DELETE /api/events/{eventId}/waitlist</c>.</summary>
public sealed class WaitlistRequest
{
    [Required]
    public Guid? TicketTypeId { get; set; }

    [Range(1, 100, ErrorMessage = "Quantity is between 1 and 100.")]
    public int Quantity { get; set; } = 1;
}

/// <summary>A place on a waitlist.</summary>
public sealed record WaitlistEntryResponse(Guid Id, Guid TicketTypeId, string TicketTypeName, int Quantity, WaitlistState Status, int Position, DateTimeOffset? OfferExpiresAt);

/// <summary>Query of <c>GET /api/events/{eventId}/orders</c>: <c>q</c> matches the buyer's name or e-mail, or the order's reference or id.</summary>
public sealed class OrderListQuery : PagedQuery
{
    [StringLength(200)]
    public string? Q { get; set; }

    [WireEnum(typeof(OrderState))]
    public string? Status { get; set; }
}

/// <summary><c>GET /api/events/{eventId}/checkins/door-list</c>: what an offline door scanner stores (ADR 0031).</summary>
public sealed record DoorListResponse(Guid EventId, string EventName, DateTimeOffset GeneratedAt, IReadOnlyList<DoorListEntryResponse> Tickets);

/// <param name="CodeHash">Lower-case hex SHA-256 of the signed code, trimmed and lower-cased, as the QR holds it.</param>
public sealed record DoorListEntryResponse(string CodeHash, string TicketTypeName, string AccessLevel, DateTimeOffset? CheckedInAt, string? Door);

/// <summary><c>POST /api/events/{eventId}/checkins/batch</c>: the scans an offline door scanner queued.</summary>
public sealed class OfflineScanBatchRequest : IValidatableObject
{
    public const int MaxScans = 500;

    [Required, StringLength(64, MinimumLength = 1)]
    public string DeviceId { get; set; } = "";

    [Required, StringLength(64, MinimumLength = 1)]
    public string DoorName { get; set; } = "";

    [Required]
    public List<OfflineScanRequest> Scans { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Scans is not { Count: > 0 and <= MaxScans })
            yield return new ValidationResult($"Send 1 to {MaxScans} scans.", [nameof(Scans)]);
    }
}

public sealed class OfflineScanRequest
{
    [Required, StringLength(200, MinimumLength = 1)]
    public string Code { get; set; } = "";

    /// <summary>The device's clock when the code was scanned.</summary>
    [Required]
    public DateTimeOffset? ScannedAt { get; set; }
}

[JsonConverter(typeof(WireEnumConverter<OfflineScanState>))]
public enum OfflineScanState
{
    CheckedIn,
    AlreadyCheckedIn,
    Invalid,
}

/// <param name="CheckedInAt">Server-recorded time of the scan that admitted the ticket: this one, or the earlier winner.</param>
/// <param name="Door">The winning scan's door; null when the portal's online check-in admitted the ticket.</param>
public sealed record OfflineScanResultResponse(
    string Code, DateTimeOffset ScannedAt, OfflineScanState Status, string? Reason, Guid? TicketId, string? TicketTypeName, DateTimeOffset? CheckedInAt, string? Door);

public sealed record OfflineScanBatchResponse(IReadOnlyList<OfflineScanResultResponse> Results);

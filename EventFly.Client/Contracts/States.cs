using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary><c>ended</c>: published, and its end has passed.</summary>
[JsonConverter(typeof(WireEnumConverter<EventState>))]
public enum EventState
{
    Draft,
    Published,
    Ended,
    Cancelled,
}

[JsonConverter(typeof(WireEnumConverter<OrderState>))]
public enum OrderState
{
    PendingPayment,
    Confirmed,
    Cancelled,
    Expired,
}

/// <summary>A ticket admits while it is <c>valid</c>: its order is confirmed and it has not been scanned.</summary>
[JsonConverter(typeof(WireEnumConverter<TicketState>))]
public enum TicketState
{
    Valid,
    CheckedIn,
    Cancelled,
}

/// <summary><c>offered</c>: seats are held for the entry until <c>offerExpiresAt</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<WaitlistState>))]
public enum WaitlistState
{
    Waiting,
    Offered,
    Claimed,
    Expired,
    Left,
}

/// <summary><c>expired</c>: still pending when its time ran out.</summary>
[JsonConverter(typeof(WireEnumConverter<InvitationState>))]
public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

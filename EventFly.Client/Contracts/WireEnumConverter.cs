using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary>An enum on the wire is its snake_case name (<c>PendingPayment</c> ↔ <c>"pending_payment"</c>); numbers are refused.</summary>
public sealed class WireEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

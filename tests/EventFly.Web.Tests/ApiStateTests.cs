using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Services.Common;
using EventFly.Web.Endpoints;

namespace EventFly.Web.Tests;

/// <summary>The services' contract states and the API's states of the same name must stay the same set, written as snake_case on the wire.</summary>
public sealed class ApiStateTests
{
    private static readonly Type[] ApiStates = [.. typeof(OrderResponse).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.Namespace == "EventFly.Client.Contracts" && t.Name.EndsWith("State", StringComparison.Ordinal))];

    private static readonly Type[] ServiceStates = [.. typeof(Actor).Assembly.GetExportedTypes()
        .Where(t => t.IsEnum && t.Namespace!.EndsWith(".Contracts", StringComparison.Ordinal) && t.Name.EndsWith("State", StringComparison.Ordinal))];

    [Fact]
    public void EveryApiState_HasAServiceStateWithTheSameMembers()
    {
        Assert.NotEmpty(ApiStates);
        foreach (var api in ApiStates)
        {
            var service = Assert.Single(ServiceStates, s => s.Name == api.Name);
            Assert.Equal(Enum.GetNames(service), Enum.GetNames(api));
        }
    }

    [Fact]
    public void ToApi_MapsEveryMemberOfEveryPair()
    {
        foreach (var api in ApiStates)
        {
            var service = ServiceStates.Single(s => s.Name == api.Name);
            var toApi = typeof(ApiEnums).GetMethod(nameof(ApiEnums.ToApi))!.MakeGenericMethod(api);
            foreach (Enum value in Enum.GetValues(service))
                Assert.Equal(value.ToString(), toApi.Invoke(null, [value])!.ToString());
        }
    }

    [Fact]
    public void States_AreSnakeCaseOnTheWire_AndUnknownOnesAreRefused()
    {
        var ticket = new TicketResponse(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Jazz", Guid.NewGuid(), "Standard", "general", "code",
            TicketState.CheckedIn, DateTimeOffset.UnixEpoch);
        var json = JsonSerializer.Serialize(ticket, JsonSerializerOptions.Web);

        Assert.Contains("\"status\":\"checked_in\"", json, StringComparison.Ordinal);
        Assert.Equal(TicketState.CheckedIn, JsonSerializer.Deserialize<TicketResponse>(json, JsonSerializerOptions.Web)!.Status);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TicketResponse>(json.Replace("checked_in", "lost", StringComparison.Ordinal), JsonSerializerOptions.Web));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TicketResponse>(json.Replace("\"checked_in\"", "1", StringComparison.Ordinal), JsonSerializerOptions.Web));
    }

    [Fact]
    public void WireNames_RoundTrip()
    {
        Assert.Equal("pending_payment", WireNames.Name(OrderState.PendingPayment));
        Assert.Equal("pending payment", WireNames.Label(OrderState.PendingPayment));
        Assert.True(WireNames.TryParse<OrderState>("pending_payment", out var parsed));
        Assert.Equal(OrderState.PendingPayment, parsed);
        Assert.False(WireNames.TryParse<OrderState>("PendingPayment", out _));
    }
}

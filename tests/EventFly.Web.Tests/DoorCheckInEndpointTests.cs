using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EventFly.Client.Contracts;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>The offline door scanner's two routes: the door list and the batch of queued scans (ADR 0031).</summary>
public sealed class DoorCheckInEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly DateTimeOffset DeviceClock = new(2026, 12, 6, 19, 2, 0, TimeSpan.Zero);

    [Fact]
    public async Task DoorList_HoldsHashesOfTheSignedCodes_TypeAndCheckInState_AndNoPersonalData()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Door list", capacity: 10, price: 0, accessLevel: "VIP");
        var (email, buyer) = await factory.CreateSignedInUserAsync();
        var order = await PlaceAsync(buyer, ev.Id, type.Id, 2);
        (await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = order.Tickets[0].Code })).EnsureSuccessStatusCode();

        var response = await s.Owner.GetAsync($"/api/events/{ev.Id}/checkins/door-list");
        var raw = await response.Content.ReadAsStringAsync();
        var list = JsonSerializer.Deserialize<DoorListResponse>(raw, JsonSerializerOptions.Web)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Door list", list.EventName);
        Assert.Equal(new[] { HashOf(order.Tickets[0].Code), HashOf(order.Tickets[1].Code) }.Order(StringComparer.Ordinal),
            list.Tickets.Select(t => t.CodeHash).Order(StringComparer.Ordinal));
        Assert.All(list.Tickets, t => Assert.Equal(("Std", "VIP"), (t.TicketTypeName, t.AccessLevel)));
        Assert.NotNull(list.Tickets.Single(t => t.CodeHash == HashOf(order.Tickets[0].Code)).CheckedInAt);
        Assert.Null(list.Tickets.Single(t => t.CodeHash == HashOf(order.Tickets[1].Code)).CheckedInAt);
        // Nothing that admits or names anyone: no code, no e-mail, no name, no ids; only these fields per ticket.
        Assert.DoesNotContain(order.Tickets[1].Code, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email, raw, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(raw);
        foreach (var entry in json.RootElement.GetProperty("tickets").EnumerateArray())
            Assert.Equal(["accessLevel", "checkedInAt", "codeHash", "door", "ticketTypeName"], entry.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Batch_TwoDevicesScanTheSameTicket_TheFirstRecordedScanWins_EvenWhenTheOtherDeviceClockIsEarlier()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Two doors", capacity: 10, price: 0);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var code = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0].Code;

        var first = await SyncAsync(s.Owner, ev.Id, "device-a", "Door 1", (code, DeviceClock));
        var second = await SyncAsync(s.Owner, ev.Id, "device-b", "Door 2", (code, DeviceClock.AddMinutes(-5)));

        var won = Assert.Single(first.Results);
        Assert.Equal((OfflineScanState.CheckedIn, "Door 1"), (won.Status, won.Door));
        var lost = Assert.Single(second.Results);
        Assert.Equal((OfflineScanState.AlreadyCheckedIn, "Door 1", won.CheckedInAt), (lost.Status, lost.Door, lost.CheckedInAt));
        Assert.Equal(DeviceClock.AddMinutes(-5), lost.ScannedAt);
        Assert.Equal(1, (await StatsAsync(s.Owner, ev.Id)).CheckedIn);
        // The portal's online scan reports the offline door that admitted the ticket.
        var online = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code });
        Assert.Equal(HttpStatusCode.Conflict, online.StatusCode);
        Assert.Contains("at Door 1", await online.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_TwoDevicesSyncAtOnce_ExactlyOneAdmits_AndTheOtherSeesItsDoorAndTime()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Rush at two doors", capacity: 10, price: 0);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var code = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0].Code;

        var both = await Task.WhenAll(
            SyncAsync(s.Owner, ev.Id, "device-a", "North", (code, DeviceClock)),
            SyncAsync(s.Owner, ev.Id, "device-b", "South", (code, DeviceClock)));

        var results = both.Select(b => Assert.Single(b.Results)).ToList();
        var winner = Assert.Single(results, r => r.Status == OfflineScanState.CheckedIn);
        var loser = Assert.Single(results, r => r.Status == OfflineScanState.AlreadyCheckedIn);
        Assert.Equal((winner.Door, winner.CheckedInAt), (loser.Door, loser.CheckedInAt));
        Assert.Equal(1, (await StatsAsync(s.Owner, ev.Id)).CheckedIn);
    }

    [Fact]
    public async Task Batch_SyncedTwice_GivesTheSameResults_AndChecksInOnce()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Retry", capacity: 10, price: 0);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var codes = (await PlaceAsync(buyer, ev.Id, type.Id, 2)).Tickets.Select(t => t.Code).ToList();
        var scans = new[] { (codes[0], DeviceClock), (codes[1], DeviceClock.AddSeconds(4)), (codes[0], DeviceClock.AddSeconds(9)), ("forged.0011223344556677", DeviceClock) };

        var first = await SyncAsync(s.Owner, ev.Id, "device-a", "Door 1", scans);
        var again = await SyncAsync(s.Owner, ev.Id, "device-a", "Door 1", scans);

        Assert.Equal(first.Results, again.Results);
        Assert.Equal([OfflineScanState.CheckedIn, OfflineScanState.CheckedIn, OfflineScanState.AlreadyCheckedIn, OfflineScanState.Invalid],
            first.Results.Select(r => r.Status));
        Assert.Equal(2, (await StatsAsync(s.Owner, ev.Id)).CheckedIn);
    }

    [Fact]
    public async Task Batch_ForgedMistypedAndOtherEventsCodes_AreInvalid_AndAdmitNoOne()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Forgeries", capacity: 10, price: 0);
        var elsewhere = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Elsewhere", ("Berlin", 52.52, 13.40)));
        var otherType = await CreateTypeAsync(s, elsewhere.Id, new { name = "Other", price = new { amount = 0, currency = "EUR" }, capacity = 10 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var genuine = (await PlaceAsync(buyer, ev.Id, type.Id, 1)).Tickets[0].Code;
        var otherEvent = (await PlaceAsync(buyer, elsewhere.Id, otherType.Id, 1)).Tickets[0].Code;
        var forged = genuine[..genuine.IndexOf('.', StringComparison.Ordinal)] + ".0000000000000000";

        var batch = await SyncAsync(s.Owner, ev.Id, "device-a", "Door 1", (forged, DeviceClock), (otherEvent, DeviceClock), ("not a code", DeviceClock));

        Assert.All(batch.Results, r => Assert.Equal((OfflineScanState.Invalid, "unknown_ticket", (Guid?)null), (r.Status, r.Reason, r.TicketId)));
        Assert.Equal(0, (await StatsAsync(s.Owner, ev.Id)).CheckedIn);
    }

    [Theory]
    [InlineData("no device", "DeviceId")]
    [InlineData("no door", "DoorName")]
    [InlineData("no scans", "Scans")]
    [InlineData("scan without time", "Scans[0].ScannedAt")]
    [InlineData("scan without code", "Scans[0].Code")]
    [InlineData("too many scans", "Scans")]
    public async Task Batch_WithBadInput_Is400WithTheFieldNamed(string situation, string field)
    {
        var (s, ev, _) = await EventWithTypeAsync(factory, "Bad batches", capacity: 10, price: 0);
        object scan = new { code = "abc.0011223344556677", scannedAt = DeviceClock };
        object body = situation switch
        {
            "no device" => new { doorName = "Door 1", scans = new[] { scan } },
            "no door" => new { deviceId = "device-a", doorName = "", scans = new[] { scan } },
            "no scans" => new { deviceId = "device-a", doorName = "Door 1", scans = Array.Empty<object>() },
            "scan without time" => new { deviceId = "device-a", doorName = "Door 1", scans = new[] { new { code = "abc.0011223344556677" } } },
            "scan without code" => new { deviceId = "device-a", doorName = "Door 1", scans = new[] { new { code = "", scannedAt = DeviceClock } } },
            _ => new { deviceId = "device-a", doorName = "Door 1", scans = Enumerable.Repeat(scan, OfflineScanBatchRequest.MaxScans + 1).ToArray() },
        };

        var response = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/checkins/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(errors, e => e.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DoorRoutes_UnknownEventIs404_WithoutCheckinScanIs403()
    {
        var (s, ev, _) = await EventWithTypeAsync(factory, "Closed doors", capacity: 10, price: 0);
        var body = new { deviceId = "device-a", doorName = "Door 1", scans = new[] { new { code = "abc.0011223344556677", scannedAt = DeviceClock } } };

        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.GetAsync($"/api/events/{Guid.NewGuid()}/checkins/door-list")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Owner.PostAsJsonAsync($"/api/events/{Guid.NewGuid()}/checkins/batch", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.MemberWithout.GetAsync($"/api/events/{ev.Id}/checkins/door-list")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.MemberWithout.PostAsJsonAsync($"/api/events/{ev.Id}/checkins/batch", body)).StatusCode);
    }

    private static string HashOf(string signedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signedCode.Trim().ToLowerInvariant())));

    private static async Task<OfflineScanBatchResponse> SyncAsync(HttpClient staff, Guid eventId, string device, string door, params (string Code, DateTimeOffset At)[] scans)
    {
        var response = await staff.PostAsJsonAsync($"/api/events/{eventId}/checkins/batch",
            new { deviceId = device, doorName = door, scans = scans.Select(x => new { code = x.Code, scannedAt = x.At }) });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OfflineScanBatchResponse>())!;
    }

    private static async Task<CheckInStatsResponse> StatsAsync(HttpClient staff, Guid eventId) =>
        (await staff.GetFromJsonAsync<CheckInStatsResponse>($"/api/events/{eventId}/checkins/stats"))!;
}

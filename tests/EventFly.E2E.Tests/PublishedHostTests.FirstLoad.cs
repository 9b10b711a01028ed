using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace EventFly.E2E.Tests;

/// <summary>
/// The participant app's first load (issue #18): the first page in a fresh browser profile, until the WebAssembly app is
/// interactive. Bytes are what went over the wire (compressed bodies and headers), so they hold on a loaded machine;
/// the time is measured only for the benchmark (<see cref="ResultsVariable"/>), on Chrome's "Fast 3G" profile.
/// </summary>
public sealed partial class PublishedHostTests
{
    /// <summary>Where <c>bench/first-load.sh</c> asks for the JSON result; unset in the test suite.</summary>
    private const string ResultsVariable = "EVENTFLY_FIRST_LOAD_RESULTS";

    /// <summary>Measured at 3.95 MB (from 4.52 MB); the runtime alone (dotnet.native.wasm, CoreLib, ICU, scripts) is 1.86 MB (ADR 0034).</summary>
    private const long ByteBudget = 4_100_000;

    /// <summary>Chrome DevTools' "Fast 3G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, with its 0.9 and 3.75 factors.</summary>
    private static readonly Dictionary<string, object> Fast3G = new()
    {
        ["offline"] = false,
        ["latency"] = 562.5,
        ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8 * 0.9,
        ["uploadThroughput"] = 750.0 * 1024 / 8 * 0.9,
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task TheFirstParticipantPage_StaysWithinItsByteBudget_AndSendsNoLargeAssetUncompressed()
    {
        var load = await MeasureFirstLoadAsync(throttled: false);
        var report = $"first load: {load.Bytes:N0} bytes in {load.Transfers.Count} requests, interactive after {load.Interactive.TotalMilliseconds:N0} ms\n"
            + string.Join("\n", load.Transfers.OrderByDescending(t => t.Bytes).Take(15).Select(t => $"{t.Bytes,9:N0} {t.Encoding ?? "-",-5} {t.Path}"));
        Console.WriteLine(report);

        Assert.True(load.Bytes < ByteBudget, report);
        Assert.DoesNotContain(load.Transfers, t => t.Bytes > 100_000 && t.Encoding is null);

        if (Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } results)
        {
            var slow = await MeasureFirstLoadAsync(throttled: true);
            await File.WriteAllTextAsync(results, JsonSerializer.Serialize(new
            {
                page = "/",
                measured = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                transferredBytes = load.Bytes,
                requests = load.Transfers.Count,
                interactiveMsUnthrottled = Math.Round(load.Interactive.TotalMilliseconds),
                interactiveMsFast3G = Math.Round(slow.Interactive.TotalMilliseconds),
                fast3G = Fast3G,
                largest = load.Transfers.OrderByDescending(t => t.Bytes).Take(15).Select(t => new { t.Path, t.Bytes, t.Encoding }),
            }, Indented));
        }
    }

    private async Task<FirstLoad> MeasureFirstLoadAsync(bool throttled)
    {
        var page = await NewPageAsync();
        if (throttled)
        {
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", Fast3G);
        }
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => { lock (finished) finished.Add(request); };

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#interactive-marker")).ToBeAttachedAsync(new() { Timeout = 120_000 });
        var interactive = clock.Elapsed;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 120_000 });

        IRequest[] requests;
        lock (finished) requests = [.. finished];
        var transfers = new List<Transfer>();
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            var response = await request.ResponseAsync();
            transfers.Add(new(new Uri(request.Url).PathAndQuery, sizes.ResponseBodySize + sizes.ResponseHeadersSize,
                response is null ? null : await response.HeaderValueAsync("content-encoding")));
        }
        return new(transfers, transfers.Sum(t => t.Bytes), interactive);
    }

    private sealed record Transfer(string Path, long Bytes, string? Encoding);

    private sealed record FirstLoad(List<Transfer> Transfers, long Bytes, TimeSpan Interactive);
}

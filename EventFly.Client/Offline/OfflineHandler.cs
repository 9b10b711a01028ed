using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventFly.Client.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace EventFly.Client.Offline;

/// <summary>
/// Between the participant app and the API: keeps the answers a ticket holder needs at the door (my tickets, each
/// ticket's QR, each ticket's event) on the device for the signed-in account, and hands them back when the network is
/// gone or the session expired. Any other call made offline gets a ProblemDetails saying so instead of an exception,
/// in the app's language (the pages show its detail as it is).
/// </summary>
internal sealed partial class OfflineHandler(
    IOfflineStore store, AuthenticationStateProvider authentication, OfflineStatus status, TimeProvider time, IStringLocalizer<LayoutTexts> texts)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Method == HttpMethod.Get && request.RequestUri is { } uri && Kept().IsMatch(uri.AbsolutePath) ? uri.AbsolutePath.TrimStart('/') : null;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            status.WentOffline();
            return await KeptAsync(key, signedOut: false, cancellationToken) ?? Offline();
        }
        if (key is not null && response.StatusCode == HttpStatusCode.Unauthorized && await KeptAsync(key, signedOut: true, cancellationToken) is { } kept)
        {
            response.Dispose();
            return kept;
        }
        status.BackOnline();
        if (key is not null && response.IsSuccessStatusCode) await KeepAsync(key, request.RequestUri!, response, cancellationToken);
        return response;
    }

    private async Task KeepAsync(string key, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (await AccountAsync() is not { } account) return;
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var kept = new KeptResponse(Convert.ToBase64String(body), response.Content.Headers.ContentType?.ToString() ?? "application/json", time.GetUtcNow());
        if (!await TryAsync(() => store.PutAsync(account, key, kept, cancellationToken))) return;
        // The events of my tickets are kept with them, so each ticket's event opens offline without having been visited.
        if (key == TicketsKey)
        {
            foreach (var eventId in EventIds(body))
            {
                using var eventRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, $"/api/events/{eventId}"));
                using var eventResponse = await SendAsync(eventRequest, cancellationToken);
            }
        }
    }

    private async Task<HttpResponseMessage?> KeptAsync(string? key, bool signedOut, CancellationToken cancellationToken)
    {
        if (key is null || await AccountAsync() is not { } account) return null;
        KeptResponse? kept = null;
        if (!await TryAsync(async () => kept = await store.GetAsync(account, key, cancellationToken)) || kept is null) return null;
        status.ShowingKept(kept.SavedAt, signedOut);
        var content = new ByteArrayContent(Convert.FromBase64String(kept.Body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(kept.ContentType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private async Task<string?> AccountAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
    }

    /// <summary>The device's storage is a convenience: when it fails (private mode, quota), the app goes on without it.</summary>
    private static async Task<bool> TryAsync(Func<Task> work)
    {
        try
        {
            await work();
            return true;
        }
        catch (Exception ex) when (ex is JSException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private static List<Guid> EventIds(byte[] tickets)
    {
        using var document = JsonDocument.Parse(tickets);
        return document.RootElement.EnumerateArray()
            .Select(t => t.TryGetProperty("eventId", out var id) && id.TryGetGuid(out var guid) ? guid : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
    }

    private HttpResponseMessage Offline() => new(HttpStatusCode.ServiceUnavailable)
    {
        Content = new StringContent(
            JsonSerializer.Serialize(new { title = texts["OfflineNow"].Value, status = 503, detail = texts["OfflineMessage"].Value, code = "offline" }),
            Encoding.UTF8, "application/problem+json"),
    };

    private const string TicketsKey = "api/me/tickets";

    [GeneratedRegex("^/api/(me/tickets|events/[0-9a-fA-F-]{36}|tickets/[0-9a-fA-F-]{36}/qr\\.png)$")]
    private static partial Regex Kept();
}

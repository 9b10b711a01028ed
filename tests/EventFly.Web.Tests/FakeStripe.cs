using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>
/// A small stand-in for api.stripe.com on a loopback port: it answers the calls the Stripe adapter makes (Checkout
/// Sessions, Refunds), keeps Stripe's idempotency (same key, same answer) and records every request.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fake";
    public const string WebhookSecret = "whsec_test_fake";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _byIdempotencyKey = new();
    private int _sessions;
    private int _refunds;

    public FakeStripe()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url);
        _app = builder.Build();
        _app.MapPost("/v1/checkout/sessions", (HttpRequest request) => AnswerAsync(request, () =>
        {
            var id = $"cs_test_{Interlocked.Increment(ref _sessions)}";
            return new { id, @object = "checkout.session", url = $"https://checkout.stripe.test/{id}", status = "open", payment_status = "unpaid" };
        }));
        _app.MapGet("/v1/checkout/sessions/{id}", (string id) => Results.Json(PaidSessions.TryGetValue(id, out var intent)
            ? new { id, @object = "checkout.session", status = "complete", payment_status = "paid", payment_intent = (string?)intent }
            : new { id, @object = "checkout.session", status = "open", payment_status = "unpaid", payment_intent = (string?)null }));
        _app.MapDelete("/v1/subscriptions/{id}", (string id, HttpRequest request) =>
        {
            Requests.Enqueue((request.Method, request.Path, null, []));
            return Results.Json(new { id, @object = "subscription", status = "canceled" });
        });
        _app.MapPost("/v1/refunds", (HttpRequest request) => AnswerAsync(request, () =>
            new { id = $"re_test_{Interlocked.Increment(ref _refunds)}", @object = "refund", status = "succeeded" }));
        _app.StartAsync().GetAwaiter().GetResult();
    }

    public string Url { get; }

    public ConcurrentQueue<(string Method, string Path, string? IdempotencyKey, Dictionary<string, string> Form)> Requests { get; } = new();

    /// <summary>Checkout sessions the fake reports as paid when asked, with their payment intent.</summary>
    public ConcurrentDictionary<string, string> PaidSessions { get; } = new();

    /// <summary>A webhook body and its <c>Stripe-Signature</c> header, signed the way Stripe signs them.</summary>
    public static (string Payload, string Signature) Webhook(string eventId, string type, object dataObject, string secret = WebhookSecret)
    {
        var payload = JsonSerializer.Serialize(new
        {
            id = eventId, @object = "event", api_version = "2026-10-28.endive", created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), livemode = false, type,
            data = new { @object = dataObject },
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        return (payload, $"t={timestamp},v1={signature}");
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, Func<object> create)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        Requests.Enqueue((request.Method, request.Path, key, form));
        var json = key is null ? JsonSerializer.Serialize(create()) : _byIdempotencyKey.GetOrAdd(request.Path + key, _ => JsonSerializer.Serialize(create()));
        return Results.Content(json, "application/json");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The system clock, moved ahead by hand (to let holds expire without waiting 15 minutes).</summary>
public sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

/// <summary>The host configured for Stripe, its API pointed at a <see cref="FakeStripe"/>, its clock movable.</summary>
public sealed class StripeFactory : MatrixFactory
{
    public FakeStripe Stripe { get; } = new();

    public ShiftedTime Time { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
        builder.UseSetting("EventFly:Stripe:SecretKey", FakeStripe.SecretKey);
        builder.UseSetting("EventFly:Stripe:WebhookSecret", FakeStripe.WebhookSecret);
        builder.UseSetting("EventFly:Stripe:ApiBase", Stripe.Url);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

using System.Globalization;
using System.Net;
using EventFly.Services.Payments;
using EventFly.Services.Ticketing;

namespace EventFly.Web.Endpoints;

/// <summary>
/// The sandbox payment gateway's hosted page, standing in for Stripe Checkout when no Stripe key is configured: Pay
/// confirms the order through the same service call a verified payment would make; Cancel abandons it.
/// </summary>
internal static class SandboxCheckoutEndpoints
{
    public static IEndpointRouteBuilder MapSandboxCheckoutEndpoints(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(SandboxCheckout.Path.TrimEnd('/')).ExcludeFromDescription();
        sandbox.MapGet("/{orderId:guid}", async (Guid orderId, ITicketingService ticketing, CancellationToken ct) =>
        {
            if (await ticketing.GetOrderAsync(orderId, buyerId: null, ct) is not { } order) return Results.NotFound();
            var amount = $"{order.Total.Amount.ToString("0.00", CultureInfo.InvariantCulture)} {order.Total.Currency}";
            var lines = string.Concat(order.Lines.Select(l => $"<li>{l.Quantity} × {WebUtility.HtmlEncode(l.TicketTypeName)}</li>"));
            var body = order.Status == "pending_payment"
                ? $"""
                  <form method="post" action="{SandboxCheckout.Path}{order.Id}/pay"><button id="pay">Pay {amount}</button></form>
                  <form method="post" action="{SandboxCheckout.Path}{order.Id}/cancel"><button id="cancel" class="secondary">Cancel</button></form>
                  <p class="muted">Seats are held until {order.ExpiresAt:HH:mm} UTC.</p>
                  """
                : $"""<p>This order is {order.Status.Replace('_', ' ')}. <a href="/orders/{order.Id}">See the order</a></p>""";
            return Results.Content($$"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sandbox checkout · EventFly</title>
                <style>
                  body{font-family:system-ui,sans-serif;background:#f4f2fb;display:grid;place-items:center;min-height:100vh;margin:0}
                  main{background:#fff;border-radius:12px;padding:32px;max-width:420px;width:90%;box-shadow:0 4px 24px #0001}
                  .badge{background:#fff3cd;color:#7a5b00;padding:4px 10px;border-radius:99px;font-size:.8em}
                  button{width:100%;padding:12px;margin-top:12px;border:0;border-radius:8px;background:#5B3CC4;color:#fff;font-size:1em;cursor:pointer}
                  button.secondary{background:#e9e6f5;color:#333}.muted{color:#666;font-size:.9em}
                </style></head>
                <body><main>
                <span class="badge">Sandbox: no money moves</span>
                <h1>{{WebUtility.HtmlEncode(order.EventName)}}</h1>
                <ul>{{lines}}</ul>
                <p><strong>Total {{amount}}</strong></p>
                {{body}}
                </main></body></html>
                """, "text/html");
        });
        sandbox.MapPost("/{orderId:guid}/pay", async (Guid orderId, ITicketingService ticketing, CancellationToken ct) =>
        {
            var order = await ticketing.ConfirmPaymentAsync(orderId, ct);
            return Results.Redirect($"/orders/{order.Id}");
        });
        sandbox.MapPost("/{orderId:guid}/cancel", async (Guid orderId, ITicketingService ticketing, CancellationToken ct) =>
        {
            var order = await ticketing.CancelOrderAsync(orderId, buyerId: null, ct);
            return Results.Redirect($"/events/{order.EventId}");
        });
        return app;
    }
}

using System.Globalization;
using System.Net;
using EventFly.Client.Contracts;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Web.Endpoints;

/// <summary>
/// The sandbox gateway's hosted page, standing in for Stripe Checkout when no Stripe key is configured. Pay and Cancel
/// raise the notices Stripe would send (<c>checkout.session.completed</c> / <c>expired</c>) through the same
/// <see cref="IPaymentService.HandleAsync"/> a verified webhook reaches. Only mapped when the gateway is the sandbox.
/// </summary>
internal static class SandboxCheckoutEndpoints
{
    public static IEndpointRouteBuilder MapSandboxCheckoutEndpoints(this IEndpointRouteBuilder app)
    {
        using (var scope = app.ServiceProvider.CreateScope())
            if (!scope.ServiceProvider.GetRequiredService<IPaymentService>().UsesSandbox) return app;
        var sandbox = app.MapGroup(SandboxCheckout.Path.TrimEnd('/')).ExcludeFromDescription();
        sandbox.MapGet("/{sessionId}", async (string sessionId, IPaymentService payments, CancellationToken ct) =>
        {
            if (await payments.GetCheckoutAsync(sessionId, ct) is not { } checkout) return Results.NotFound();
            var amount = $"{checkout.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)} {checkout.Amount.Currency}";
            var path = SandboxCheckout.Path + WebUtility.UrlEncode(sessionId);
            var body = checkout.Status == PaymentState.Open
                ? $"""
                  <form method="post" action="{path}/pay"><button id="pay">Pay {amount}{(checkout.Subscription ? " / month" : "")}</button></form>
                  <form method="post" action="{path}/cancel"><button id="cancel" class="secondary">Cancel</button></form>
                  """
                : $"""<p>This checkout is {WireNames.Label(checkout.Status)}. <a href="{WebUtility.HtmlEncode(OnThisHost(checkout.SuccessUrl))}">Continue</a></p>""";
            return Results.Content($$"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sandbox checkout · EventFly</title>
                <style>
                  body{font-family:system-ui,sans-serif;background:#f4f2fb;display:grid;place-items:center;min-height:100vh;margin:0}
                  main{background:#fff;border-radius:12px;padding:32px;max-width:420px;width:90%;box-shadow:0 4px 24px #0001}
                  .badge{background:#fff3cd;color:#7a5b00;padding:4px 10px;border-radius:99px;font-size:.8em}
                  button{width:100%;padding:12px;margin-top:12px;border:0;border-radius:8px;background:#5B3CC4;color:#fff;font-size:1em;cursor:pointer}
                  button.secondary{background:#e9e6f5;color:#333}
                </style></head>
                <body><main>
                <span class="badge">Sandbox: no money moves</span>
                <h1>{{WebUtility.HtmlEncode(checkout.Description)}}</h1>
                <p><strong>Total {{amount}}</strong></p>
                {{body}}
                </main></body></html>
                """, "text/html");
        });
        sandbox.MapPost("/{sessionId}/pay", (string sessionId, IPaymentService payments, CancellationToken ct) =>
            NoticeAsync(sessionId, "checkout.session.completed", payments, ct));
        sandbox.MapPost("/{sessionId}/cancel", (string sessionId, IPaymentService payments, CancellationToken ct) =>
            NoticeAsync(sessionId, "checkout.session.expired", payments, ct));
        return app;
    }

    private static async Task<IResult> NoticeAsync(string sessionId, string type, IPaymentService payments, CancellationToken ct)
    {
        if (await payments.GetCheckoutAsync(sessionId, ct) is not { } checkout) return Results.NotFound();
        var id = Guid.NewGuid().ToString("N");
        await payments.HandleAsync(new PaymentNotice($"evt_sandbox_{id}", type, sessionId, PaymentIntentId: $"pi_sandbox_{id}",
            SubscriptionId: checkout.Subscription ? $"sub_sandbox_{id}" : null), ct);
        return Results.Redirect(OnThisHost(type == "checkout.session.completed" ? checkout.SuccessUrl : checkout.CancelUrl));
    }

    /// <summary>
    /// The sandbox page is served by this host, so the buyer goes back to the return URL's page on this host (the
    /// requester's absolute URL names the configured public address, which a local or test host may not answer on).
    /// </summary>
    private static string OnThisHost(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;
}

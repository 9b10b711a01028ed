using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments.Contracts;

/// <summary>Bound from <c>EventFly:Stripe</c>; without <see cref="SecretKey"/> the sandbox gateway is used.</summary>
public sealed class StripeOptions
{
    public const string Section = "EventFly:Stripe";

    /// <summary>The secret API key (<c>sk_test_…</c> or <c>sk_live_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>) for <c>/api/payments/stripe/webhook</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Another API address (tests point it at a fake Stripe); empty for Stripe itself.</summary>
    public string? ApiBase { get; set; }
}

/// <summary>Bound from <c>EventFly:Payments</c>.</summary>
public sealed class PaymentOptions
{
    public const string Section = "EventFly:Payments";

    /// <summary>
    /// Without a Stripe key, whether the sandbox gateway takes paid orders (no money moves). On by default; the web host
    /// turns it off outside Development unless configured.
    /// </summary>
    public bool Sandbox { get; set; } = true;
}

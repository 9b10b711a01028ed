namespace EventFly.Services.Payments;

/// <summary>Where the sandbox gateway's checkout page lives (the web host serves it).</summary>
public static class SandboxCheckout
{
    public const string Path = "/sandbox/checkout/";
}

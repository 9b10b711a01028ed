using EventFly.Domain.Common;
using EventFly.Client.Contracts;
using EventFly.Domain.Organizations;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Payments.Contracts;
using EventFly.Web.Identity;
using EventFly.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace EventFly.Web.Endpoints;

internal static partial class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/stripe/webhook", ReceiveStripeAsync).AllowAnonymous().WithTags("Payments").DisableAntiforgery();
        app.MapGet("/api/packages", () => TypedResults.Ok(Packages.All.Select(ToResponse))).WithTags("Payments");
        var forOrganization = app.MapGroup("/api/organizations/{orgId:guid}").WithTags("Payments");
        forOrganization.MapPost("/subscription", async (Guid orgId, SubscriptionRequest body, HttpContext http, IPaymentService payments, CancellationToken ct) =>
            {
                var returnUrl = $"{http.Request.Scheme}://{http.Request.Host}/organizer/o/{orgId}/billing";
                return TypedResults.Ok(new CheckoutResponse(await payments.StartSubscriptionCheckoutAsync(http.User.ToActor(), orgId, body.PackageId, returnUrl, ct)));
            })
            .RequireAuthorization();
        forOrganization.MapDelete("/subscription", async (Guid orgId, HttpContext http, IPaymentService payments, CancellationToken ct) =>
            {
                await payments.CancelSubscriptionAsync(http.User.ToActor(), orgId, ct);
                return TypedResults.Accepted((string?)null);
            })
            .RequireAuthorization();
        return app;
    }

    public static PackageResponse ToResponse(PackageView p) =>
        new(p.Id, p.Name, new MoneyResponse(p.MonthlyPrice.Amount, p.MonthlyPrice.Currency),
            new PackageLimitsResponse(p.Limits.MaxPublishedEvents, p.Limits.MaxTicketsPerEvent, p.Limits.MaxStaff));

    /// <summary>
    /// Stripe's notices: the signature is verified with the endpoint secret (400 otherwise), each event is applied once,
    /// unknown types are acknowledged and ignored. Payload API versions other than the library's are accepted: only
    /// long-stable fields are read.
    /// </summary>
    private static async Task<IResult> ReceiveStripeAsync(HttpContext http, IOptions<StripeOptions> options, IPaymentService payments, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger("EventFly.Payments.Webhook");
        using var reader = new StreamReader(http.Request.Body);
        var payload = await reader.ReadToEndAsync(ct);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(payload, http.Request.Headers["Stripe-Signature"], options.Value.WebhookSecret ?? "", throwOnApiVersionMismatch: false);
        }
        // ConstructEvent only parses and verifies: whatever it throws means the notice is not Stripe's.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRejected(logger, ex.Message);
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid Stripe signature.", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["code"] = WebErrors.InvalidSignature });
        }
        await payments.HandleAsync(ToNotice(stripeEvent), ct);
        return TypedResults.Ok();
    }

    private static PaymentNotice ToNotice(Event e) => e.Data.Object switch
    {
        Session s => new PaymentNotice(e.Id, e.Type, s.Id, s.PaymentIntentId, SubscriptionId: s.SubscriptionId, Metadata: s.Metadata),
        Charge c => new PaymentNotice(e.Id, e.Type, PaymentIntentId: c.PaymentIntentId, AmountRefundedMinor: c.AmountRefunded),
        PaymentIntent p => new PaymentNotice(e.Id, e.Type, PaymentIntentId: p.Id),
        Subscription s => new PaymentNotice(e.Id, e.Type, SubscriptionId: s.Id, SubscriptionStatus: s.Status, Metadata: s.Metadata),
        _ => new PaymentNotice(e.Id, e.Type),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}

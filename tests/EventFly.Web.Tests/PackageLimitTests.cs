using System.Net;
using System.Net.Http.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

/// <summary>New organizations start on Free here, as they do in production.</summary>
public sealed class FreePackageFactory : EventFlyFactory
{
    protected override string DefaultPackage => "free";
}

/// <summary>Package limits bite on publishing, ticket capacity and staff; a subscription (sandbox checkout) lifts them.</summary>
public sealed class PackageLimitTests(FreePackageFactory factory) : IClassFixture<FreePackageFactory>
{
    private static readonly (string City, double Lat, double Lng) Hamburg = ("Hamburg", 53.55, 9.99);

    [Fact]
    public async Task Packages_AreListedWithTheirLimits()
    {
        var packages = await factory.CreateClient().GetFromJsonAsync<List<PackageResponse>>("/api/packages");

        Assert.Equal(["free", "pro", "business"], packages!.Select(p => p.Id));
        Assert.Equal(new PackageLimitsResponse(2, 100, 3), packages![0].Limits);
        Assert.Null(packages[2].Limits.MaxEvents);
    }

    [Theory]
    [InlineData("third published event")]
    [InlineData("101st ticket")]
    [InlineData("fourth staff member")]
    public async Task FreePackage_RefusesWhatGoesBeyondIt_With409PackageLimitReached(string beyond)
    {
        var s = await OrganizationScenario.CreateAsync(factory); // the owner and two staff: 3 of 3
        HttpResponseMessage response;
        switch (beyond)
        {
            case "third published event":
                await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("One", Hamburg));
                await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Two", Hamburg));
                var third = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Three", Hamburg));
                response = await s.Owner.PostAsync($"/api/events/{third.Id}/publish", null);
                break;
            case "101st ticket":
                var ev = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Big", Hamburg));
                await TicketingEndpointTests.CreateTypeAsync(s, ev.Id, new { name = "A", price = new { amount = 0, currency = "EUR" }, capacity = 60 });
                response = await s.Owner.PostAsJsonAsync($"/api/events/{ev.Id}/ticket-types", new { name = "B", price = new { amount = 0, currency = "EUR" }, capacity = 41 });
                break;
            default:
                response = await s.Owner.PostAsJsonAsync(s.Url("/invitations"), new { email = PageEmail(), roleId = s.EmptyRoleId });
                break;
        }

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("package_limit_reached", await TicketingEndpointTests.CodeAsync(response));
    }

    [Fact]
    public async Task SubscribingToPro_ThroughTheSandboxCheckout_LiftsTheLimit()
    {
        var s = await OrganizationScenario.CreateAsync(factory);
        await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("One", Hamburg));
        await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Two", Hamburg));
        var third = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Three", Hamburg));

        var denied = await s.MemberWith.PostAsJsonAsync(s.Url("/subscription"), new { packageId = "pro" });
        var free = await s.Owner.PostAsJsonAsync(s.Url("/subscription"), new { packageId = "free" });
        var unknown = await s.Owner.PostAsJsonAsync(s.Url("/subscription"), new { packageId = "platinum" });
        var checkout = await (await s.Owner.PostAsJsonAsync(s.Url("/subscription"), new { packageId = "pro" })).Content.ReadFromJsonAsync<CheckoutResponse>();
        var pay = await factory.CreateClient(new() { AllowAutoRedirect = false }).PostAsync(checkout!.CheckoutUrl + "/pay", null);
        await factory.DispatchOutboxAsync();
        var publish = await s.Owner.PostAsync($"/api/events/{third.Id}/publish", null);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, free.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.StartsWith("/sandbox/checkout/", checkout.CheckoutUrl);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);

        // Cancelled, the subscription takes the organization back to Free: no fourth event.
        var cancel = await s.Owner.DeleteAsync(s.Url("/subscription"));
        await factory.DispatchOutboxAsync();
        var fourth = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Four", Hamburg));
        var refused = await s.Owner.PostAsync($"/api/events/{fourth.Id}/publish", null);
        var again = await s.Owner.DeleteAsync(s.Url("/subscription"));

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("package_limit_reached", await TicketingEndpointTests.CodeAsync(refused));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static string PageEmail() => $"extra-{Guid.NewGuid():N}@example.com";
}

/// <summary>A production-like host without Stripe whose sandbox payments are off.</summary>
public sealed class NoPaymentsFactory : MatrixFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EventFly:Payments:Sandbox", "false");
    }
}

/// <summary>Without a gateway, paid orders are refused cleanly (seats returned at once); free ones still work.</summary>
public sealed class NoPaymentGatewayTests(NoPaymentsFactory factory) : IClassFixture<NoPaymentsFactory>
{
    [Fact]
    public async Task PaidOrder_IsRefusedWith503_AndItsSeatsReturn_WhileFreeOrdersWork()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("No gateway", ("Bonn", 50.73, 7.10)));
        var paid = await TicketingEndpointTests.CreateTypeAsync(s, ev.Id, new { name = "Paid", price = new { amount = 10, currency = "EUR" }, capacity = 3 });
        var free = await TicketingEndpointTests.CreateTypeAsync(s, ev.Id, new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 3 });
        var (_, buyer) = await factory.CreateSignedInUserAsync();

        var refused = await TicketingEndpointTests.OrderAsync(buyer, ev.Id, paid.Id, 2, key: null);
        var accepted = await TicketingEndpointTests.OrderAsync(buyer, ev.Id, free.Id, 1, key: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("payment_unavailable", await TicketingEndpointTests.CodeAsync(refused));
        Assert.Equal(3, (await TicketingEndpointTests.TypeAsync(s, ev.Id, paid.Id)).Available);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }
}

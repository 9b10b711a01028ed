using Bunit;
using Bunit.TestDoubles;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class TicketPickerTests : MudBlazorTestContext
{
    private static readonly Guid EventId = Guid.NewGuid();
    private readonly FakeTicketsApi _api;
    private readonly BunitAuthorizationContext _auth;

    public TicketPickerTests()
        : base(context =>
        {
            context.Services.AddSingleton<FakeTicketsApi>();
            context.Services.AddSingleton<ITicketsApi>(sp => sp.GetRequiredService<FakeTicketsApi>());
            context.Services.AddSingleton(context.AddAuthorization());
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
        _api = Services.GetRequiredService<FakeTicketsApi>();
        _auth = Services.GetRequiredService<BunitAuthorizationContext>();
    }

    [Fact]
    public void SoldOutType_OffersTheWaitlist_OnSaleTypeAQuantity()
    {
        _auth.SetAuthorized("ada@example.com");
        _api.Types = [Type("Standing", 18, available: 12), Type("VIP", 45, available: 0)];

        var cut = Render<TicketPicker>(p => p.Add(x => x.EventId, EventId));

        Assert.Single(cut.FindAll("[data-testid=ticket-type] input"));
        Assert.Contains("Sold out", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=join-waitlist]"));
        Assert.Equal("—", cut.Find("[data-testid=order-total]").TextContent.Trim());
    }

    [Fact]
    public void SignedOut_IsAskedToSignIn_AndComesBackToTheEvent()
    {
        _api.Types = [Type("Standing", 18, available: 12)];
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/events/{EventId}");

        var cut = Render<TicketPicker>(p => p.Add(x => x.EventId, EventId));

        var signIn = cut.Find("a[href^='/login']");
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString($"/events/{EventId}")}", signIn.GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=get-tickets]"));
    }

    [Fact]
    public void ChosenQuantities_AreTotalled_AndOrderedWithOneIdempotencyKeyPerAttempt()
    {
        _auth.SetAuthorized("ada@example.com");
        var standing = Type("Standing", 18.5m, available: 12);
        _api.Types = [standing];
        _api.Failure = "Not enough 'Standing' tickets left.";
        var cut = Render<TicketPicker>(p => p.Add(x => x.EventId, EventId));

        cut.Find("[data-testid=ticket-type] input").Change("2");
        cut.Find("[data-testid=get-tickets]").Click();
        cut.Find("[data-testid=get-tickets]").Click();

        Assert.Equal("37.00 EUR", cut.Find("[data-testid=order-total]").TextContent.Trim());
        Assert.Equal(2, _api.Orders.Count);
        Assert.All(_api.Orders, o => Assert.Equal((standing.Id, 2), (o.Request.Items.Single().TicketTypeId!.Value, o.Request.Items.Single().Quantity)));
        Assert.NotEqual(_api.Orders[0].Key, _api.Orders[1].Key);
    }

    private static TicketTypeResponse Type(string name, decimal price, int available) =>
        new(Guid.NewGuid(), name, null, new MoneyResponse(price, "EUR"), 100, available, OnSale: true, null, null, 1, 10, "General", false, null, null);
}

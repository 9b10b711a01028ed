using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class OrderPageTests : MudBlazorTestContext
{
    private static readonly TimeSpan Quickly = TimeSpan.FromMilliseconds(20);
    private readonly FakeTicketsApi _api;

    public OrderPageTests()
        : base(context =>
        {
            context.Services.AddSingleton<FakeTicketsApi>();
            context.Services.AddSingleton<ITicketsApi>(sp => sp.GetRequiredService<FakeTicketsApi>());
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        }) =>
        _api = Services.GetRequiredService<FakeTicketsApi>();

    [Fact]
    public void BackFromCheckout_ThePageLooksAgainUntilThePaymentHasArrived()
    {
        // The order arrives after the first render, as it does over the network (the page once looked again only
        // when the order was there at its first render, so a slow answer left it "awaiting payment" for good).
        _api.OrderReadDelay = TimeSpan.FromMilliseconds(50);
        _api.OrderStates.Enqueue(Order(OrderState.PendingPayment));
        _api.OrderStates.Enqueue(Order(OrderState.PendingPayment));
        _api.OrderStates.Enqueue(Order(OrderState.Confirmed));

        var cut = Render<OrderPage>(p => p.Add(x => x.Id, Guid.NewGuid()).Add(x => x.PollInterval, Quickly));

        cut.WaitForAssertion(() => Assert.Contains("You're going", cut.Find("[data-testid=order-status]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
        Assert.Equal(3, _api.OrderReads);
    }

    [Fact]
    public async Task ConfirmedOrder_IsNotLookedAtAgain()
    {
        _api.OrderStates.Enqueue(Order(OrderState.Confirmed));

        var cut = Render<OrderPage>(p => p.Add(x => x.Id, Guid.NewGuid()).Add(x => x.PollInterval, Quickly));
        await Task.Delay(Quickly * 10);

        Assert.Contains("You're going", cut.Find("[data-testid=order-status]").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, _api.OrderReads);
    }

    [Fact]
    public async Task LeavingThePage_CancelsTheReadStillUnderWay_Quietly()
    {
        _api.OrderReadDelay = TimeSpan.FromMinutes(5);
        _api.OrderStates.Enqueue(Order(OrderState.Confirmed));
        var cut = Render<OrderPage>(p => p.Add(x => x.Id, Guid.NewGuid()));
        Assert.False(_api.LastOrderReadToken.IsCancellationRequested);

        await DisposeComponentsAsync();

        Assert.True(_api.LastOrderReadToken.IsCancellationRequested);
        // The cancelled read ends the page's load without an error for the renderer to report.
        await Task.Delay(Quickly * 5);
        Assert.False(Renderer.UnhandledException.IsCompleted);
    }

    private static OrderResponse Order(OrderState status) =>
        new(Guid.Parse("01a213c5-9c2c-7310-9626-53179a541f63"), Guid.NewGuid(), "Jazz Cellar", status, new MoneyResponse(37m, "EUR"),
            DateTimeOffset.UtcNow, status == OrderState.PendingPayment ? DateTimeOffset.UtcNow.AddMinutes(15) : null,
            status == OrderState.PendingPayment ? "https://checkout.example/cs_1" : null, "Ada", "ada@example.com",
            [new OrderLineResponse(Guid.NewGuid(), "Seat", 2, new MoneyResponse(18.5m, "EUR"))], [], "179A541F63");
}

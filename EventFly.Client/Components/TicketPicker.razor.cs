using System.Net.Http.Json;
using System.Net.Http;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client.Layout;
using EventFly.Client;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace EventFly.Client.Components;

public partial class TicketPicker
{
    private readonly Dictionary<Guid, int> _quantities = [];
    private List<TicketTypeResponse>? _types;
    private List<WaitlistEntryResponse> _waitlist = [];
    private WaitlistEntryResponse? _offer;
    private bool _signedIn;
    private bool _busy;
    // One key per checkout attempt: a double click or a retried request cannot buy twice.
    private string _idempotencyKey = Guid.NewGuid().ToString("N");

    [Parameter, EditorRequired] public Guid EventId { get; set; }

    /// <summary>A waitlist offer's id from the e-mail's claim link.</summary>
    [Parameter] public Guid? ClaimId { get; set; }

    /// <summary>Raised when the buyer asks to buy (before the order is placed), for the organizer's sales funnel.</summary>
    [Parameter] public EventCallback OnCheckoutStarted { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    private int Count => _quantities.Values.Sum();

    private decimal Total => _types?.Sum(t => t.Price.Amount * QuantityOf(t)) ?? 0;

    private string TotalText => _types is { Count: > 0 } && Count > 0 ? Prices.Format(Total, _types[0].Price.Currency) : "—";

    private int QuantityOf(TicketTypeResponse type) => _quantities.GetValueOrDefault(type.Id);

    protected override async Task OnParametersSetAsync()
    {
        _signedIn = Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated == true;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _types = (await Api.GetTicketTypesAsync(EventId, Aborted)).Value ?? [];
        _waitlist = _signedIn ? (await Api.GetMyWaitlistAsync(EventId, Aborted)).Value ?? [] : [];
        _offer = _waitlist.FirstOrDefault(w => w.Status == WaitlistState.Offered && (ClaimId is null || w.Id == ClaimId));
    }

    private async Task OrderAsync()
    {
        _busy = true;
        await OnCheckoutStarted.InvokeAsync();
        var request = new OrderRequest { Items = [.. _quantities.Where(q => q.Value > 0).Select(q => new OrderItemRequest { TicketTypeId = q.Key, Quantity = q.Value })] };
        var result = await Api.PlaceOrderAsync(EventId, request, _idempotencyKey, Aborted);
        _busy = false;
        if (result.Value is { } order)
        {
            Open(order);
            return;
        }
        Snackbar.Add(result.Error!, Severity.Error);
        _idempotencyKey = Guid.NewGuid().ToString("N");
        await LoadAsync();
    }

    /// <summary>A paid order goes to the payment page; a confirmed one to its tickets.</summary>
    private void Open(OrderResponse order)
    {
        if (order.Status == OrderState.PendingPayment && order.CheckoutUrl is { } checkout) Navigation.NavigateTo(checkout, forceLoad: true);
        else Navigation.NavigateTo($"/orders/{order.Id}");
    }

    private async Task JoinAsync(TicketTypeResponse type)
    {
        _busy = true;
        var result = await Api.JoinWaitlistAsync(EventId, new WaitlistRequest { TicketTypeId = type.Id }, Aborted);
        _busy = false;
        if (result.Value is { } place) Snackbar.Add(L["OnWaitlist", place.Position], Severity.Success);
        else Snackbar.Add(result.Error!, Severity.Error);
        await LoadAsync();
    }

    private async Task LeaveAsync(TicketTypeResponse type)
    {
        _busy = true;
        var result = await Api.LeaveWaitlistAsync(EventId, new WaitlistRequest { TicketTypeId = type.Id }, Aborted);
        _busy = false;
        if (!result.Succeeded) Snackbar.Add(result.Error!, Severity.Error);
        await LoadAsync();
    }

    private async Task ClaimAsync()
    {
        _busy = true;
        var result = await Api.ClaimWaitlistOfferAsync(_offer!.Id, Aborted);
        _busy = false;
        if (result.Value is { } order)
        {
            Open(order);
            return;
        }
        Snackbar.Add(result.Error!, Severity.Error);
        await LoadAsync();
    }
}

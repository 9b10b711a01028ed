using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Offline;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components.Privacy;

/// <summary>
/// "Your data" on the profile page (ADR 0030): the JSON download of everything about the participant, and deleting the
/// account behind a dialog that asks for the password and, when there are paid orders for events to come, whether to
/// cancel or keep them. After deleting, the tickets kept for offline use are forgotten on this device (the service worker
/// also drops its kept pages) and the page reloads on the goodbye page (the answer already signed the cookie out).
/// </summary>
public sealed partial class YourData
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private DeleteAccountForm _form = new();
    private bool _open;
    private bool _busy;
    private string? _openOrders;
    private string? _passwordError;
    private string? _error;

    [Inject] private IPrivacyApi Api { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IOfflineStore OfflineStore { get; set; } = null!;

    /// <summary>False while prerendering: the dialog needs the interactive page.</summary>
    [Parameter] public bool Enabled { get; set; } = true;

    private bool CanSubmit => !_busy && (_openOrders is null || _form.OpenPaidOrders is not null);

    private void Open()
    {
        _form = new DeleteAccountForm();
        _openOrders = _passwordError = _error = null;
        _open = true;
    }

    private void Close() => _open = false;

    private async Task DeleteAsync()
    {
        _busy = true;
        _passwordError = _error = null;
        try
        {
            var result = await Api.DeleteAccountAsync(new DeleteAccountRequest(_form.Password, _form.OpenPaidOrders), Aborted);
            if (result.Succeeded)
            {
                await OfflineStore.ClearAsync(Aborted);
                Navigation.NavigateTo(PrivacyRoutes.GoodbyeUrl, forceLoad: true);
                return;
            }
            switch (result.Code)
            {
                case "invalid_password":
                    _passwordError = L["NotYourPassword"];
                    break;
                case "locked_out":
                    _passwordError = L["TooManyWrongPasswords"];
                    break;
                case "open_paid_orders":
                    _openOrders = result.Error;
                    break;
                default:
                    _error = result.Error;
                    break;
            }
        }
        finally
        {
            _busy = false;
        }
    }
}

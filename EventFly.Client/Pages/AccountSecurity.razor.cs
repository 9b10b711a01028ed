using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Pages;

/// <summary>Turns two-factor sign-in (TOTP, RFC 6238) on and off and makes recovery codes, over Identity's <c>manage/2fa</c>.</summary>
public partial class AccountSecurity : CancellableComponentBase
{
    private readonly TwoFactorCodeForm _code = new();
    private TwoFactorState? _state;
    private string? _email;
    private string[]? _recoveryCodes;
    private string? _loadError;
    private string? _error;
    private bool _busy;

    [Inject] private IAccountApi Accounts { get; set; } = default!;

    [Inject] private IProfileApi Profiles { get; set; } = default!;

    /// <summary>What authenticator apps read from the QR code (Key Uri Format): issuer, account and the base32 key.</summary>
    public static string AuthenticatorUriFor(string email, string sharedKey) =>
        $"otpauth://totp/{Uri.EscapeDataString("EventFly:" + email)}?secret={sharedKey}&issuer=EventFly&digits=6";

    private string AuthenticatorUri => AuthenticatorUriFor(_email ?? "", _state?.SharedKey ?? "");

    /// <summary>The key in groups of four, lower case, as authenticator apps ask to have it typed.</summary>
    private string FormattedKey => string.Join(' ', (_state?.SharedKey ?? "").ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    // The calls use the browser's cookie: the prerendered page shows a skeleton, the interactive one loads.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        var me = await Profiles.GetMeAsync(Aborted);
        var state = await Accounts.TwoFactorAsync(new TwoFactorChange(), Aborted);
        if (!me.Succeeded || !state.Succeeded) _loadError = me.Error ?? state.Error;
        _email = me.Value?.Email;
        _state = state.Value;
        StateHasChanged();
    }

    // Fresh recovery codes whenever it is turned on, so codes from an earlier time stop working.
    private Task EnableAsync() =>
        ChangeAsync(new TwoFactorChange(Enable: true, TwoFactorCode: _code.Code.Replace(" ", "", StringComparison.Ordinal).Trim(), ResetRecoveryCodes: true));

    private Task NewRecoveryCodesAsync() => ChangeAsync(new TwoFactorChange(ResetRecoveryCodes: true));

    // A new key too, so that the old one (maybe still on a lost phone) is worthless if it is turned on again.
    private Task DisableAsync() => ChangeAsync(new TwoFactorChange(Enable: false, ResetSharedKey: true));

    private async Task ChangeAsync(TwoFactorChange change)
    {
        _busy = true;
        _error = null;
        var result = await Accounts.TwoFactorAsync(change, Aborted);
        _busy = false;
        if (!result.Succeeded)
        {
            _error = result.FieldErrors.Keys.Any(k => k.Equals("InvalidTwoFactorCode", StringComparison.OrdinalIgnoreCase)) ? L["WrongCodeNow"] : result.Error;
            return;
        }
        _state = result.Value;
        _recoveryCodes = result.Value!.RecoveryCodes;
        _code.Code = "";
    }
}

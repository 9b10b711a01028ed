using EventFly.Client.Api;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace EventFly.Client.Localization;

/// <summary>
/// Switches the app's language: on the account (its profile language, which e-mails use too) when signed in, and on
/// this device (culture cookie for prerendering, localStorage for guests); then reloads, so the server prerenders and
/// WebAssembly starts in the new language.
/// </summary>
public sealed class LanguagePreference(IJSRuntime js, NavigationManager navigation, IProfileApi profiles)
{
    /// <returns>An error to show, or null (the page reloads).</returns>
    public async Task<string?> ChangeAsync(string language, bool signedIn, CancellationToken cancellationToken = default)
    {
        language = AppLanguages.Match(language) ?? AppLanguages.English;
        if (signedIn)
        {
            var profile = await profiles.GetProfileAsync(cancellationToken);
            if (!profile.Succeeded) return profile.Error;
            profile.Value!.Language = language;
            var saved = await profiles.UpdateProfileAsync(profile.Value, cancellationToken);
            if (!saved.Succeeded) return saved.Error;
        }
        await using (var module = await js.InvokeAsync<IJSObjectReference>("import", cancellationToken, "/js/culture.js"))
            await module.InvokeVoidAsync("remember", cancellationToken, language);
        navigation.NavigateTo(navigation.Uri, forceLoad: true);
        return null;
    }
}

using EventFly.Client.Api;
using EventFly.Client.Door;
using EventFly.Client.Offline;
using EventFly.Client.Recommendations;
using EventFly.Client.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using EventFly.Client.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace EventFly.Client;

public static class ClientServices
{
    /// <summary>What every renderer of the shared UI needs (the browser and the server alike).</summary>
    public static IServiceCollection AddEventFlyUi(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddEventFlyLocalization();
        services.AddScoped<LanguagePreference>();
        services.TryAddSingleton(TimeProvider.System);
        // Live pages open their hub connection only once interactive; the factory itself is harmless on the server.
        services.AddScoped<ILiveChannelFactory, LiveChannelFactory>();
        // Asked only on a click, so never while prerendering; the same on both renderers.
        services.TryAddScoped<IGeolocation, JsGeolocation>();
        // The offline door scanner: IndexedDB and the connection state, touched only once the page is interactive.
        services.AddScoped<DoorStore>();
        services.AddScoped<DoorScanner>();
        // The offline banner is part of the layout on both renderers; only the browser ever sets it.
        services.TryAddScoped<OfflineStatus>();
        // Tickets kept on the device (IndexedDB); the profile page clears them after a deletion, so both renderers know it.
        services.TryAddScoped<IOfflineStore, JsOfflineStore>();
        return services;
    }

    /// <summary>English and German from one .resx pair per area (Resources/); a missing German text shows English, logged once.</summary>
    public static IServiceCollection AddEventFlyLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, FallbackStringLocalizerFactory>());
        return services;
    }

    /// <summary>The browser's implementations of the API interfaces, over HTTP to the host that served the app.</summary>
    public static IServiceCollection AddEventFlyHttpApi(this IServiceCollection services, Uri baseAddress)
    {
        // Every API call passes the offline handler: it keeps what a ticket holder needs at the door on the device.
        services.AddScoped(sp => new HttpClient(new OfflineHandler(
            sp.GetRequiredService<IOfflineStore>(), sp.GetRequiredService<AuthenticationStateProvider>(), sp.GetRequiredService<OfflineStatus>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IStringLocalizer<LayoutTexts>>()) { InnerHandler = new HttpClientHandler() }) { BaseAddress = baseAddress });
        services.AddScoped<IAccountApi, HttpAccountApi>();
        services.AddScoped<IProfileApi, HttpProfileApi>();
        services.AddScoped<IEventsApi, HttpEventsApi>();
        services.AddScoped<ITicketsApi, HttpTicketsApi>();
        services.AddScoped<IDoorApi, HttpDoorApi>();
        services.AddScoped<ILiveApi, HttpLiveApi>();
        services.AddScoped<IFeedbackApi, HttpFeedbackApi>();
        services.AddScoped<INotificationsApi, HttpNotificationsApi>();
        services.AddScoped<IRecommendationsApi, HttpRecommendationsApi>();
        services.AddScoped<IPrivacyApi, HttpPrivacyApi>();
        // Scoped is the app session in the browser: one hub connection for the bell, whichever page is open.
        services.AddScoped<INotificationFeed, HubNotificationFeed>();
        return services;
    }
}

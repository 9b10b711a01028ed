using EventFly.Client.Api;
using EventFly.Client.Localization;
using EventFly.Client.Recommendations;
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
        services.AddScoped(_ => new HttpClient { BaseAddress = baseAddress });
        services.AddScoped<IAccountApi, HttpAccountApi>();
        services.AddScoped<IProfileApi, HttpProfileApi>();
        services.AddScoped<IEventsApi, HttpEventsApi>();
        services.AddScoped<ITicketsApi, HttpTicketsApi>();
        services.AddScoped<ILiveApi, HttpLiveApi>();
        services.AddScoped<IFeedbackApi, HttpFeedbackApi>();
        services.AddScoped<INotificationsApi, HttpNotificationsApi>();
        services.AddScoped<IRecommendationsApi, HttpRecommendationsApi>();
        // Scoped is the app session in the browser: one hub connection for the bell, whichever page is open.
        services.AddScoped<INotificationFeed, HubNotificationFeed>();
        return services;
    }
}

using EventFly.Client.Api;
using EventFly.Client.Door;
using EventFly.Client.Recommendations;
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
        services.TryAddSingleton(TimeProvider.System);
        // Live pages open their hub connection only once interactive; the factory itself is harmless on the server.
        services.AddScoped<ILiveChannelFactory, LiveChannelFactory>();
        // Asked only on a click, so never while prerendering; the same on both renderers.
        services.TryAddScoped<IGeolocation, JsGeolocation>();
        // The offline door scanner: IndexedDB and the connection state, touched only once the page is interactive.
        services.AddScoped<DoorStore>();
        services.AddScoped<DoorScanner>();
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

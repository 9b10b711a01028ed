using System.Text.Json;
using System.Text.Json.Serialization;
using EventFly.Client.Api;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Notifications.Contracts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace EventFly.Web.Live;

internal static class LiveSetup
{
    /// <summary>
    /// The live hub with Engagement's pushes; with <c>ConnectionStrings:Redis</c> set, every web instance shares the
    /// hub's groups through the Redis backplane. WebSocket clients of the API send their bearer token as <c>access_token</c>.
    /// </summary>
    public static IServiceCollection AddEventFlyLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiveConnections>();
        var signalR = services.AddSignalR()
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower)));
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal("eventfly");
                // Down at start or later: connect and reconnect in the background, and fail a publish at once (the
                // manager below then fans out in this instance) instead of queueing it for seconds.
                options.Configuration.AbortOnConnectFail = false;
                options.Configuration.BacklogPolicy = BacklogPolicy.FailFast;
            });
            services.AddSingleton<BackplaneConnection>();
            services.AddOptions<RedisOptions>().Configure<BackplaneConnection>((options, backplane) => options.ConnectionFactory = backplane.Factory(options.Configuration));
            services.AddSingleton(typeof(RedisHubLifetimeManager<>));
            services.AddSingleton(typeof(DefaultHubLifetimeManager<>));
            services.Replace(ServiceDescriptor.Singleton(typeof(HubLifetimeManager<>), typeof(ResilientHubLifetimeManager<>)));
        }

        services.AddSingleton(sp => new UpdateCoalescer(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<UpdateCoalescer>>()));
        services.Replace(ServiceDescriptor.Singleton<ILiveEngagementPublisher, SignalRLivePublisher>());
        // Notifications registers a no-op INotificationPublisher (nothing to push to without a host); the hub's publisher
        // replaces it. RemoveAll rather than Replace: whatever was registered, and however often, this is the one.
        services.AddSingleton<NotificationSignal>();
        services.RemoveAll<INotificationPublisher>();
        services.AddSingleton<INotificationPublisher, SignalRNotificationPublisher>();
        services.AddScoped<INotificationFeed, ServerNotificationFeed>();
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options => options.Events.OnMessageReceived = context =>
        {
            if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                context.Token = token;
            return Task.CompletedTask;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapEventFlyLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(LiveHub.Path);
        return app;
    }
}

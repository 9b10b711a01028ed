using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace EventFly.Web.Infrastructure;

internal static class ObservabilityExtensions
{
    /// <summary>Every EventFly meter is named "EventFly.&lt;Context&gt;"; all are exported.</summary>
    public const string MeterPrefix = "EventFly.";

    private const string ReadyTag = "ready";

    public static IServiceCollection AddEventFlyObservability(this IServiceCollection services, string role)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("eventfly", serviceInstanceId: $"{role}-{Environment.MachineName}"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeterPrefix + "*")
                .AddPrometheusExporter());

        services.AddHealthChecks()
            .AddEventFlyDatabaseCheck("database", [ReadyTag]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c> (the process answers), <c>/health/ready</c> (the database answers too), and <c>/metrics</c>
    /// for Prometheus, which is operations' business only: served on the management port
    /// (<c>EventFly:Management:Port</c>, one of the ports the host listens on) when one is set, else to loopback callers
    /// only; anyone else gets 404.
    /// </summary>
    public static WebApplication MapEventFlyObservability(this WebApplication app)
    {
        var managementPort = app.Configuration.GetValue<int?>("EventFly:Management:Port");
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == "/metrics" && (managementPort is { } port
            ? http.Connection.LocalPort == port
            : http.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller)));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK, [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });
        return app;
    }
}

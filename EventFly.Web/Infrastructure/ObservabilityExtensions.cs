using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EventFly.Web.Infrastructure;

internal static class ObservabilityExtensions
{
    /// <summary>Every EventFly meter and activity source is named "EventFly.&lt;Context&gt;"; all are exported.</summary>
    public const string MeterPrefix = "EventFly.";

    private const string ReadyTag = "ready";

    /// <summary>
    /// Metrics for Prometheus, and traces: every request, and each outbox message's dispatch and consumers in the trace
    /// of the request that stored it (EventFly's own sources are "EventFly.*"); exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, as OpenTelemetry's other settings (<c>OTEL_*</c>) say.
    /// </summary>
    public static IServiceCollection AddEventFlyObservability(this IServiceCollection services, IConfiguration configuration, string role)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("eventfly", serviceInstanceId: $"{role}-{Environment.MachineName}"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeterPrefix + "*")
                // No cached scrape: Prometheus scrapes every few seconds anyway, and a 300 ms cache (the exporter's default)
                // answered a scrape right after a sale with the figures from before it.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                .AddSource(MeterPrefix + "*"));
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();

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

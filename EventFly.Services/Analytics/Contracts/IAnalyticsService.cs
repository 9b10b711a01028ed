using EventFly.Services.Common;

namespace EventFly.Services.Analytics.Contracts;

/// <summary>Dashboards from Analytics' read models: events and organizations for their staff with <c>analytics.view</c>, the platform for its admins.</summary>
public interface IAnalyticsService
{
    /// <summary>404 for events the caller cannot see or is not staff of, 403 without <c>analytics.view</c>.</summary>
    Task<EventAnalytics> GetEventAsync(Actor actor, Guid eventId, AnalyticsRange range, CancellationToken cancellationToken);

    /// <summary>404 for non-members, 403 for members without <c>analytics.view</c> for the whole organization.</summary>
    Task<OrganizationAnalytics> GetOrganizationAsync(Actor actor, Guid organizationId, AnalyticsRange range, CancellationToken cancellationToken);

    /// <summary>Platform admins only (403 for anyone else).</summary>
    Task<PlatformAnalytics> GetPlatformAsync(Actor actor, AnalyticsRange range, CancellationToken cancellationToken);
}

/// <summary>Records what participants do on an event's public pages (through the outbox, never slowing the page).</summary>
public interface IAnalyticsTracker
{
    /// <summary>
    /// Counts one page view or checkout start of a published event; unknown or unpublished events are ignored. A signed-in
    /// <paramref name="actor"/> is named in the integration event (Recommendations learns from it); Analytics only counts.
    /// </summary>
    Task TrackAsync(Actor actor, Guid eventId, TrafficKind kind, CancellationToken cancellationToken);
}

/// <summary>Recomputes every read model from the contexts' source tables (their replayed integration events).</summary>
public interface IAnalyticsRebuild
{
    Task<RebuildReport> RebuildAsync(CancellationToken cancellationToken);
}

/// <summary>The admin's rebuild, as a background job of this process.</summary>
public interface IAnalyticsRebuildJob
{
    RebuildStatus Status { get; }

    /// <summary>Starts a rebuild unless one is running (platform admins only, 403 otherwise); answers the status either way.</summary>
    RebuildStatus Start(Actor actor);
}

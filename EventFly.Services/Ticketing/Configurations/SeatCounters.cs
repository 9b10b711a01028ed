using EventFly.Services.Ticketing.Contracts;

namespace EventFly.Services.Ticketing.Configurations;

/// <summary>The database's own guard on seat counters (ticket types and quotas): never negative, never over capacity.</summary>
internal static class SeatCounters
{
    public const string NotOversold = "\"Sold\" >= 0 AND \"Held\" >= 0 AND \"Sold\" + \"Held\" <= \"Capacity\"";
}

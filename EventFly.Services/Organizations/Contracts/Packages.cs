using EventFly.Domain.Common;
using EventFly.Domain.Organizations;

namespace EventFly.Services.Organizations.Contracts;

/// <summary>What a subscription package allows; <c>null</c> limits are unlimited.</summary>
public sealed record PackageLimitsView(int? MaxPublishedEvents, int? MaxTicketsPerEvent, int? MaxStaff);

/// <summary>A subscription package as other contexts and the pages see it.</summary>
public sealed record PackageView(string Id, string Name, Money MonthlyPrice, PackageLimitsView Limits)
{
    /// <summary>Throws <c>package_limit_reached</c> when <paramref name="wanted"/> exceeds <paramref name="limit"/>.</summary>
    public void Check(int? limit, int wanted, string what) => Package.Find(Id).Check(limit, wanted, what);

    internal static PackageView Of(Package p) =>
        new(p.Id, p.Name, p.MonthlyPrice, new PackageLimitsView(p.Limits.MaxPublishedEvents, p.Limits.MaxTicketsPerEvent, p.Limits.MaxStaff));
}

/// <summary>The packages on offer: Free by default, Pro and Business paid monthly.</summary>
public static class Packages
{
    public static IReadOnlyList<PackageView> All { get; } = [.. Package.All.Select(PackageView.Of)];

    public static PackageView Free { get; } = Find(Package.Free.Id);

    /// <summary>Throws <c>unknown_package</c> (404) for an id that is none of them.</summary>
    public static PackageView Find(string? id) => PackageView.Of(Package.Find(id));
}

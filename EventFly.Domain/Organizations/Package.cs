using EventFly.Domain.Common;

namespace EventFly.Domain.Organizations;

/// <summary>What an organization's subscription allows; <c>null</c> limits are unlimited.</summary>
public sealed record PackageLimits(int? MaxPublishedEvents, int? MaxTicketsPerEvent, int? MaxStaff);

/// <summary>A subscription package organizers choose: Free by default, Pro and Business paid monthly.</summary>
public sealed record Package(string Id, string Name, Money MonthlyPrice, PackageLimits Limits)
{
    public static readonly Package Free = new("free", "Free", Money.Zero("EUR"), new PackageLimits(2, 100, 3));
    public static readonly Package Pro = new("pro", "Pro", new Money(29m, "EUR"), new PackageLimits(20, 2_000, 15));
    public static readonly Package Business = new("business", "Business", new Money(99m, "EUR"), new PackageLimits(null, 20_000, 100));

    public static IReadOnlyList<Package> All { get; } = [Free, Pro, Business];

    public static Package Find(string? id) =>
        All.FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException(OrganizationErrors.UnknownPackage, "There is no such package.");

    /// <summary>Throws <c>package_limit_reached</c> when <paramref name="wanted"/> exceeds <paramref name="limit"/>.</summary>
    public void Check(int? limit, int wanted, string what)
    {
        if (limit is { } max && wanted > max)
            throw new DomainException(OrganizationErrors.PackageLimitReached, $"The {Name} package allows {max} {what}. Upgrade the package to go beyond.");
    }
}

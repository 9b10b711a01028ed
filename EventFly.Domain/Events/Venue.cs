using EventFly.Domain.Common;

namespace EventFly.Domain.Events;

/// <summary>Where an in-person event happens.</summary>
public sealed record Venue
{
    public const int MaxTextLength = 200;

    public Venue(string name, string? address, string city, double latitude, double longitude)
    {
        Name = Required(name, EventErrors.VenueNameRequired, "A venue needs a name.");
        Address = string.IsNullOrWhiteSpace(address) ? null : Limit(address.Trim());
        City = Required(city, EventErrors.VenueCityRequired, "A venue needs a city.");
        var point = new GeoPoint(latitude, longitude);
        Latitude = point.Latitude;
        Longitude = point.Longitude;
    }

    public string Name { get; }

    public string? Address { get; }

    public string City { get; }

    public double Latitude { get; }

    public double Longitude { get; }

    public GeoPoint Location => new(Latitude, Longitude);

    private static string Required(string? value, string code, string message)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new DomainException(code, message) : Limit(trimmed);
    }

    private static string Limit(string value) =>
        value.Length <= MaxTextLength ? value : throw new DomainException(EventErrors.VenueTextTooLong, $"Venue fields have at most {MaxTextLength} characters.");
}

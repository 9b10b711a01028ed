using CsCheck;
using EventFly.Domain.Common;
using EventFly.Domain.Identity;

namespace EventFly.Domain.Tests;

public sealed class ParticipantProfileTests
{
    [Fact]
    public void Create_TrimsAndNullsEmptyText()
    {
        var profile = ParticipantProfile.Create("  Ada  ", "   ", null, null, null);

        Assert.Equal("Ada", profile.DisplayName);
        Assert.Null(profile.City);
        Assert.Null(profile.Location);
        Assert.Empty(profile.Interests);
    }

    [Fact]
    public void Create_NormalizesInterests_LowerCaseTrimmedDistinctInOrder()
    {
        var profile = ParticipantProfile.Create(null, null, null, null, [" Music", "tech", "MUSIC", "", "  ", "Food "]);

        Assert.Equal(["music", "tech", "food"], profile.Interests);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("de", "de")]
    [InlineData(" EN ", "en")]
    public void Create_KeepsASupportedLanguage_OrNone(string? given, string? kept) =>
        Assert.Equal(kept, ParticipantProfile.Create(null, null, null, null, null, given).Language);

    [Fact]
    public void Create_WithAnUnsupportedLanguage_IsRefused() =>
        Assert.Equal(IdentityErrors.UnsupportedLanguage,
            Assert.Throws<DomainException>(() => ParticipantProfile.Create(null, null, null, null, null, "fr")).Code);

    [Fact]
    public void Create_WithBothCoordinates_HasLocation()
    {
        var profile = ParticipantProfile.Create(null, "Berlin", 52.52, 13.405, null);

        Assert.Equal(new GeoPoint(52.52, 13.405), profile.Location);
    }

    [Theory]
    [InlineData(1.0, null)]
    [InlineData(null, 1.0)]
    public void Create_WithOnlyOneCoordinate_ThrowsIncompleteLocation(double? latitude, double? longitude)
    {
        var error = Assert.Throws<DomainException>(() => ParticipantProfile.Create(null, null, latitude, longitude, null));

        Assert.Equal("incomplete_location", error.Code);
    }

    [Fact]
    public void Create_WithTooManyInterests_Throws()
    {
        var interests = Enumerable.Range(0, ParticipantProfile.MaxInterests + 1).Select(i => $"topic{i}");

        Assert.Equal("too_many_interests", Assert.Throws<DomainException>(() => ParticipantProfile.Create(null, null, null, null, interests)).Code);
    }

    [Fact]
    public void Create_WithDuplicatesBeyondTheLimit_CountsDistinctInterests()
    {
        var interests = Enumerable.Repeat("music", ParticipantProfile.MaxInterests + 5);

        Assert.Single(ParticipantProfile.Create(null, null, null, null, interests).Interests);
    }

    [Theory]
    [InlineData("display_name_too_long")]
    [InlineData("city_too_long")]
    [InlineData("interest_too_long")]
    public void Create_WithTooLongText_ThrowsWithCode(string code)
    {
        var longText = new string('x', 101);

        var error = Assert.Throws<DomainException>(() => code switch
        {
            "display_name_too_long" => ParticipantProfile.Create(longText, null, null, null, null),
            "city_too_long" => ParticipantProfile.Create(null, longText, null, null, null),
            _ => ParticipantProfile.Create(null, null, null, null, [new string('x', ParticipantProfile.MaxInterestLength + 1)]),
        });

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Create_ExactlyAtEveryLimit_IsAccepted()
    {
        var name = new string('n', ParticipantProfile.MaxDisplayNameLength);
        var city = new string('c', ParticipantProfile.MaxCityLength);
        var interests = Enumerable.Range(0, ParticipantProfile.MaxInterests)
            .Select(i => i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture).PadRight(ParticipantProfile.MaxInterestLength, 'x'))
            .ToList();

        var profile = ParticipantProfile.Create(name, city, null, null, interests);

        Assert.Equal(name, profile.DisplayName);
        Assert.Equal(city, profile.City);
        Assert.Equal(interests, profile.Interests);
    }

    [Fact]
    public void Create_MeasuresLengthsAfterTrimming()
    {
        var interest = "  " + new string('x', ParticipantProfile.MaxInterestLength) + "  ";
        var name = "  " + new string('n', ParticipantProfile.MaxDisplayNameLength) + "  ";

        var profile = ParticipantProfile.Create(name, null, null, null, [interest]);

        Assert.Equal(ParticipantProfile.MaxDisplayNameLength, profile.DisplayName!.Length);
        Assert.Equal(ParticipantProfile.MaxInterestLength, Assert.Single(profile.Interests).Length);
    }

    [Fact]
    public void Create_WithTooManyDistinctInterestsAfterNormalizing_Throws()
    {
        // 21 distinct topics hidden among case and whitespace duplicates still break the limit.
        var interests = Enumerable.Range(0, ParticipantProfile.MaxInterests + 1).SelectMany(i => new[] { $"Topic{i}", $" topic{i} " });

        Assert.Equal("too_many_interests", Assert.Throws<DomainException>(() => ParticipantProfile.Create(null, null, null, null, interests)).Code);
    }

    [Theory]
    [InlineData(91.0, 0.0, "invalid_latitude")]
    [InlineData(0.0, -181.0, "invalid_longitude")]
    public void Create_WithCoordinatesOutOfRange_ThrowsTheGeoPointCode(double latitude, double longitude, string code)
    {
        var error = Assert.Throws<DomainException>(() => ParticipantProfile.Create(null, null, latitude, longitude, null));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Empty_HasNothingSet()
    {
        var empty = ParticipantProfile.Empty;

        Assert.Null(empty.DisplayName);
        Assert.Null(empty.City);
        Assert.Null(empty.Location);
        Assert.Empty(empty.Interests);
    }

    [Fact]
    public void Create_FromAProfilesOwnValues_GivesTheSameProfile()
    {
        var text = Gen.String[Gen.Char.AlphaNumeric, 0, 30];
        var coordinates = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], Gen.Bool,
            (lat, lng, present) => present ? new double[] { lat, lng } : null);
        var interests = Gen.String[Gen.Char.AlphaNumeric, 0, 12].Array[0, 15];

        Gen.Select(text, text, coordinates, interests).Sample((name, city, location, tags) =>
        {
            var first = ParticipantProfile.Create(name, city, location?[0], location?[1], tags);
            var again = ParticipantProfile.Create(first.DisplayName, first.City, first.Location?.Latitude, first.Location?.Longitude, first.Interests);
            return again.DisplayName == first.DisplayName && again.City == first.City
                && again.Location == first.Location && again.Interests.SequenceEqual(first.Interests);
        });
    }
}

using CsCheck;
using EventFly.Domain.Common;

namespace EventFly.Domain.Tests;

public sealed class GeoPointTests
{
    private const double HalfCircumferenceKm = 20_015.1;

    [Fact]
    public void DistanceKmTo_BerlinToMunich_IsAbout504Km()
    {
        var berlin = new GeoPoint(52.52, 13.405);
        var munich = new GeoPoint(48.137, 11.575);

        Assert.InRange(berlin.DistanceKmTo(munich), 500, 510);
    }

    [Fact]
    public void DistanceKmTo_SamePoint_IsZero() =>
        Assert.Equal(0, new GeoPoint(10, 20).DistanceKmTo(new GeoPoint(10, 20)), precision: 9);

    [Fact]
    public void DistanceKmTo_Antipode_IsHalfTheCircumference() =>
        Assert.InRange(new GeoPoint(0, 0).DistanceKmTo(new GeoPoint(0, 180)), HalfCircumferenceKm - 1, HalfCircumferenceKm + 1);

    [Theory]
    [InlineData(90.0001, 0, "invalid_latitude")]
    [InlineData(-90.0001, 0, "invalid_latitude")]
    [InlineData(double.NaN, 0, "invalid_latitude")]
    [InlineData(0, 180.0001, "invalid_longitude")]
    [InlineData(0, -180.0001, "invalid_longitude")]
    [InlineData(0, double.NaN, "invalid_longitude")]
    [InlineData(double.PositiveInfinity, 0, "invalid_latitude")]
    [InlineData(double.NegativeInfinity, 0, "invalid_latitude")]
    [InlineData(0, double.PositiveInfinity, "invalid_longitude")]
    [InlineData(0, double.NegativeInfinity, "invalid_longitude")]
    public void New_OutOfRange_ThrowsWithCode(double latitude, double longitude, string code)
    {
        var error = Assert.Throws<DomainException>(() => new GeoPoint(latitude, longitude));

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void New_OnTheBounds_KeepsTheCoordinates(double latitude, double longitude)
    {
        var point = new GeoPoint(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Fact]
    public void DistanceKmTo_AcrossTheAntimeridian_TakesTheShortWay() =>
        // One degree of longitude at the equator, not 359 of them.
        Assert.InRange(new GeoPoint(0, 179.5).DistanceKmTo(new GeoPoint(0, -179.5)), 111, 111.4);

    [Fact]
    public void DistanceKmTo_BothPoles_IsHalfTheCircumferenceWhateverTheLongitude() =>
        Assert.InRange(new GeoPoint(90, 0).DistanceKmTo(new GeoPoint(-90, 123)), HalfCircumferenceKm - 1, HalfCircumferenceKm + 1);

    [Fact]
    public void DistanceKmTo_AnyThreePoints_SatisfiesTheTriangleInequality()
    {
        var point = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lng) => new GeoPoint(lat, lng));

        // The tolerance absorbs the haversine's rounding near antipodal points (well under a metre).
        Gen.Select(point, point, point).Sample((a, b, c) => a.DistanceKmTo(c) <= a.DistanceKmTo(b) + b.DistanceKmTo(c) + 1e-3);
    }

    [Fact]
    public void DistanceKmTo_AnyTwoPoints_IsSymmetricNonNegativeAndAtMostHalfTheCircumference()
    {
        var point = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lng) => new GeoPoint(lat, lng));

        Gen.Select(point, point).Sample((a, b) =>
        {
            var ab = a.DistanceKmTo(b);
            return ab >= 0 && ab <= HalfCircumferenceKm + 0.001 && Math.Abs(ab - b.DistanceKmTo(a)) < 1e-6;
        });
    }
}

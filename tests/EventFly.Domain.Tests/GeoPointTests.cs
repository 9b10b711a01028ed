using EventFly.Domain.Common;

namespace EventFly.Domain.Tests;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKmTo_BerlinToMunich_IsAbout504Km()
    {
        var berlin = new GeoPoint(52.52, 13.405);
        var munich = new GeoPoint(48.137, 11.575);

        Assert.InRange(berlin.DistanceKmTo(munich), 500, 510);
    }
}

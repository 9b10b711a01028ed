using EventFly.Services.Identity.Contracts;
using EventFly.Services.Ticketing;

namespace EventFly.Services.Tests.Privacy;

/// <summary>What a check-in shows of the attendee (ADR 0030): all of the name with <c>orders.view</c>, a first name at most without it.</summary>
public sealed class CheckInAttendeeNameTests
{
    private static readonly Guid Id = Guid.NewGuid();

    [Theory]
    [InlineData("Ada Lovelace", true, "Ada Lovelace")]
    [InlineData("Ada Lovelace", false, "Ada")]
    [InlineData("  Ada   Lovelace ", false, "Ada")]
    [InlineData(null, true, "ada@example.test")]
    [InlineData(null, false, "")]
    [InlineData("", false, "")]
    [InlineData(AppUser.DeletedDisplayName, false, AppUser.DeletedDisplayName)]
    public void AttendeeName_ShowsTheEmailOnlyWithOrdersView(string? displayName, bool mayViewOrders, string expected)
    {
        var attendee = new AccountSummary(Id, "ada@example.test", displayName, false);

        Assert.Equal(expected, CheckInService.AttendeeName(attendee, mayViewOrders));
    }

    [Fact]
    public void AttendeeName_OfNoAccount_IsEmpty() => Assert.Equal("", CheckInService.AttendeeName(null, mayViewOrders: true));
}

using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests.Analytics;

/// <summary>
/// Who sees which dashboard: an event's and an organization's staff with <c>analytics.view</c>; for everyone outside the
/// staff they do not exist (404); staff without the permission are refused (403); the platform's admins see everything.
/// </summary>
public sealed class AnalyticsAccessTests : IAsyncLifetime
{
    private AnalyticsTestBed _bed = null!;
    private Guid _organizationId;
    private Guid _eventId;
    private Guid _draftId;
    private Actor _analyst;
    private Actor _checker;
    private Actor _limitedAnalyst;
    private Actor _stranger;
    private Actor _otherOwner;
    private Actor _admin;

    public async ValueTask InitializeAsync()
    {
        _bed = await AnalyticsTestBed.CreateAsync();
        _organizationId = await _bed.NewOrganizationAsync("Seen org");
        _eventId = await _bed.NewEventAsync(_organizationId, "Seen");
        _draftId = await _bed.NewEventAsync(_organizationId, "Unseen draft", publish: false);
        await _bed.NewTypeAsync(_eventId, "On sale", 10, capacity: 40);
        await _bed.NewTypeAsync(_eventId, "Guest list", 0, capacity: 8, hidden: true);
        await _bed.NewTypeAsync(_draftId, "Early bird", 10, capacity: 30);
        var elsewhere = await _bed.NewEventAsync(_organizationId, "Elsewhere");
        _analyst = await MemberAsync("analyst", "Analyst");
        _checker = await MemberAsync("checker", "Check-in");
        _limitedAnalyst = await MemberAsync("limited", "Analyst", limitedTo: elsewhere);
        _stranger = new Actor((await _bed.Services.CreateUserAsync("stranger@example.com")).Id);
        _otherOwner = new Actor((await _bed.Services.CreateUserAsync("other-owner@example.com")).Id);
        await _bed.NewOrganizationAsync("Other org", _otherOwner.UserId);
        _admin = new Actor((await _bed.Services.CreateUserAsync("admin@example.com")).Id, IsPlatformAdmin: true);
    }

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task EventDashboard_IsForItsStaffWithAnalyticsView_AndThePlatformAdmins()
    {
        foreach (var (who, eventId) in new[] { (_bed.Organizer, _eventId), (_analyst, _eventId), (_admin, _eventId), (_bed.Organizer, _draftId), (_analyst, _draftId), (_admin, _draftId) })
            Assert.Equal(eventId, (await EventAsync(who, eventId)).EventId);
    }

    [Fact]
    public async Task EventDashboard_ForAPlatformAdmin_CountsEveryTicketType_AsForTheStaff()
    {
        Assert.Equal(48, (await EventAsync(_bed.Organizer, _eventId)).Capacity);
        Assert.Equal(48, (await EventAsync(_admin, _eventId)).Capacity);
        Assert.Equal(30, (await EventAsync(_admin, _draftId)).Capacity);
    }

    [Fact]
    public async Task EventDashboard_IsNotFound_OutsideTheEventsStaff()
    {
        foreach (var who in new[] { _stranger, _otherOwner, _limitedAnalyst, Actor.Anonymous })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => EventAsync(who, _eventId));
            await Assert.ThrowsAsync<NotFoundException>(() => EventAsync(who, _draftId));
        }
        await Assert.ThrowsAsync<NotFoundException>(() => EventAsync(_admin, Guid.NewGuid()));
        await Assert.ThrowsAsync<NotFoundException>(() => EventAsync(_bed.Organizer, Guid.NewGuid()));
    }

    [Fact]
    public async Task EventDashboard_IsForbidden_ToStaffWithoutAnalyticsView()
    {
        Assert.Equal(CommonErrors.Forbidden, (await Assert.ThrowsAsync<ForbiddenException>(() => EventAsync(_checker, _eventId))).Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => EventAsync(_checker, _draftId));
    }

    [Fact]
    public async Task OrganizationDashboard_IsForItsWholeStaffWithAnalyticsView_AndThePlatformAdmins()
    {
        foreach (var who in new[] { _bed.Organizer, _analyst, _admin })
            Assert.Equal(_organizationId, (await OrganizationAsync(who, _organizationId)).OrganizationId);
        foreach (var who in new[] { _stranger, _otherOwner, Actor.Anonymous })
            await Assert.ThrowsAsync<NotFoundException>(() => OrganizationAsync(who, _organizationId));
        // Members without the permission, or with it for some events only, are refused the whole organization's numbers.
        foreach (var who in new[] { _checker, _limitedAnalyst })
            await Assert.ThrowsAsync<ForbiddenException>(() => OrganizationAsync(who, _organizationId));
    }

    [Fact]
    public async Task PlatformDashboard_IsForPlatformAdminsOnly()
    {
        Assert.Equal(AnalyticsRange.All, (await PlatformAsync(_admin)).Range);
        foreach (var who in new[] { _bed.Organizer, _analyst, _stranger, Actor.Anonymous })
            await Assert.ThrowsAsync<ForbiddenException>(() => PlatformAsync(who));
    }

    private Task<EventAnalytics> EventAsync(Actor who, Guid eventId) => _bed.EventAnalyticsAsync(eventId, actor: who);

    private Task<OrganizationAnalytics> OrganizationAsync(Actor who, Guid organizationId) =>
        _bed.In<IAnalyticsService, OrganizationAnalytics>(a => a.GetOrganizationAsync(who, organizationId, AnalyticsRange.All, default));

    private Task<PlatformAnalytics> PlatformAsync(Actor who) =>
        _bed.In<IAnalyticsService, PlatformAnalytics>(a => a.GetPlatformAsync(who, AnalyticsRange.All, default));

    /// <summary>A new account on the organization's staff with one of its built-in roles, for every event or only <paramref name="limitedTo"/>.</summary>
    private async Task<Actor> MemberAsync(string name, string role, Guid? limitedTo = null)
    {
        var userId = (await _bed.Services.CreateUserAsync($"{name}@example.com")).Id;
        var roleId = await _bed.Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var organization = await db.Set<Organization>().Include(o => o.Roles).Include(o => o.Members).SingleAsync(o => o.Id == _organizationId);
            var roleId = organization.Roles.Single(r => r.Name == role).Id;
            organization.AddMember(userId, roleId, _bed.Time.GetUtcNow());
            await db.SaveChangesAsync();
            return roleId;
        });
        if (limitedTo is { } eventId)
            await _bed.In<ITeamService, StaffMember>(t => t.AssignStaffAsync(_bed.Organizer, _organizationId, userId, roleId, [eventId], default));
        return new Actor(userId);
    }
}

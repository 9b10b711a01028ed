using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Organizations.Contracts;
using System.Net.Http.Json;
using System.Security.Claims;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Web.Tests;

/// <summary>
/// A portal circuit is one DI scope for the whole visit. Its components call the contexts through per-call proxies, so
/// each call sees what others changed meanwhile and rules fail as themselves.
/// </summary>
public sealed class PortalScopeTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Fact]
    public async Task ACircuitsNextCall_SeesWhatAnotherRequestChangedMeanwhile()
    {
        var owner = new Actor(await NewUserIdAsync());
        await using var circuit = factory.Services.CreateAsyncScope();
        var portal = circuit.ServiceProvider.GetRequiredKeyedService<IOrganizationService>(PerCallScope.Key);
        var organization = await portal.CreateAsync(owner, "Scoped Org", default);
        var team = circuit.ServiceProvider.GetRequiredKeyedService<ITeamService>(PerCallScope.Key);
        var door = await team.CreateRoleAsync(owner, organization.Id, "Door", [], default);

        // Another request (the API, another staff member) renames the role after the circuit last loaded it.
        await using (var request = factory.Services.CreateAsyncScope())
            await request.ServiceProvider.GetRequiredService<ITeamService>().UpdateRoleAsync(owner, organization.Id, door.Id, "Bar", [], default);

        // A circuit-long DbContext would still hold the role as "Door" and let a second "Bar" through.
        var refused = await Assert.ThrowsAsync<DomainException>(() => team.CreateRoleAsync(owner, organization.Id, "Bar", [], default));
        Assert.Equal("duplicate_role_name", refused.Code);
        Assert.Single(await team.ListRolesAsync(owner, organization.Id, default), r => r.Name == "Bar");
    }

    [Fact]
    public async Task APermissionTakenAway_IsRefusedOnTheCircuitsNextCheck()
    {
        var scenario = await OrganizationScenario.CreateAsync(factory);
        var (memberId, _) = await scenario.AddMemberAsync(scenario.StaffRoleId);
        var member = new Actor(memberId);

        await using var circuit = factory.Services.CreateAsyncScope();
        var team = circuit.ServiceProvider.GetRequiredKeyedService<ITeamService>(PerCallScope.Key);
        Assert.NotEmpty(await team.ListStaffAsync(member, scenario.OrganizationId, default));

        (await scenario.Owner.PutAsJsonAsync(scenario.Url($"/roles/{scenario.StaffRoleId}"), new { name = "Staff admin", permissions = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();

        await Assert.ThrowsAsync<ForbiddenException>(() => team.ListStaffAsync(member, scenario.OrganizationId, default));
    }

    [Fact]
    public async Task AProxiedCall_ThrowsTheServicesOwnException()
    {
        await using var circuit = factory.Services.CreateAsyncScope();
        var portal = circuit.ServiceProvider.GetRequiredKeyedService<IOrganizationService>(PerCallScope.Key);

        await Assert.ThrowsAsync<ForbiddenException>(() => portal.GetAsync(new Actor(Guid.NewGuid()), Guid.NewGuid(), default));
    }

    [Theory]
    [InlineData(typeof(IFeedService))]
    [InlineData(typeof(IQuestionService))]
    [InlineData(typeof(IPollService))]
    [InlineData(typeof(IQuizService))]
    [InlineData(typeof(IEngagementAccess))]
    public void TheLivePagesFacades_AreCalledThroughPerCallScopes(Type facade)
    {
        var service = factory.Services.GetRequiredKeyedService(facade, PerCallScope.Key);

        Assert.IsAssignableFrom<System.Reflection.DispatchProxy>(service);
        Assert.True(facade.IsInstanceOfType(service));
    }

    [Fact]
    public async Task ALivePageCall_SeesAnotherRequestsChange_AndIsRefusedAsTheServiceRefusesIt()
    {
        var scenario = await OrganizationScenario.CreateAsync(factory);
        var ev = await EventEndpointTests.CreatePublishedAsync(scenario, EventEndpointTests.EventBody("Scoped live", ("Berlin", 52.52, 13.40)));
        var ownerId = (await scenario.Owner.GetFromJsonAsync<EventFly.Client.Contracts.MeResponse>("/api/me"))!.Id;
        await using var circuit = factory.Services.CreateAsyncScope();
        var polls = circuit.ServiceProvider.GetRequiredKeyedService<IPollService>(PerCallScope.Key);
        var poll = await polls.CreateAsync(new Actor(ownerId), ev.Id, new PollDraft("Scoped?", ["Yes", "No"], false, null), default);

        // The API closes the poll after the circuit last read it: the portal's next call finds it closed.
        (await scenario.Owner.PostAsync($"/api/polls/{poll.Id}/close", null)).EnsureSuccessStatusCode();

        Assert.Equal(PollState.Closed, (await polls.GetAsync(new Actor(ownerId), poll.Id, default)).Status);
        var refused = await Assert.ThrowsAsync<DomainException>(() => polls.OpenAsync(new Actor(ownerId), poll.Id, default));
        Assert.Equal("poll_closed", refused.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => circuit.ServiceProvider.GetRequiredKeyedService<IFeedService>(PerCallScope.Key)
            .ListFeedAsync(new Actor(Guid.NewGuid()), ev.Id, 1, 20, default));
    }

    private async Task<Guid> NewUserIdAsync()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}

/// <summary>The proxy itself: a scope per call that lives until the call's task is done, and no other return shapes.</summary>
public sealed class PerCallScopeProxyTests
{
    [Fact]
    public async Task EachCall_GetsAFreshScope_ThatEndsOnlyWhenItsTaskIsDone()
    {
        using var provider = new ServiceCollection().AddScoped<ISample, Sample>().AddPerCallScoped<ISample>().BuildServiceProvider();
        var proxy = provider.GetRequiredKeyedService<ISample>(PerCallScope.Key);
        var release = new TaskCompletionSource();

        var first = proxy.WaitAsync(release.Task);
        var second = await proxy.IdAsync();
        Assert.Contains(second, Sample.Disposed); // done, so its scope is over
        Assert.False(first.IsCompleted);
        release.SetResult();
        var firstId = await first; // the service asserts it was not disposed while it waited

        Assert.NotEqual(firstId, second);
        Assert.Contains(firstId, Sample.Disposed);
    }

    [Fact]
    public async Task AValueTaskMethod_IsRefused()
    {
        using var provider = new ServiceCollection().AddScoped<ISample, Sample>().AddPerCallScoped<ISample>().BuildServiceProvider();
        var proxy = provider.GetRequiredKeyedService<ISample>(PerCallScope.Key);

        await Assert.ThrowsAsync<NotSupportedException>(async () => await proxy.NotSupportedAsync());
    }

    public interface ISample
    {
        Task<Guid> IdAsync();

        Task<Guid> WaitAsync(Task until);

        ValueTask NotSupportedAsync();
    }

    private sealed class Sample : ISample, IDisposable
    {
        public static System.Collections.Concurrent.ConcurrentBag<Guid> Disposed { get; } = [];

        private readonly Guid _id = Guid.NewGuid();
        private bool _disposed;

        public Task<Guid> IdAsync() => Task.FromResult(_id);

        public async Task<Guid> WaitAsync(Task until)
        {
            await until;
            Assert.False(_disposed, "the scope ended before the call did");
            return _id;
        }

        public ValueTask NotSupportedAsync() => ValueTask.CompletedTask;

        public void Dispose()
        {
            _disposed = true;
            Disposed.Add(_id);
        }
    }
}

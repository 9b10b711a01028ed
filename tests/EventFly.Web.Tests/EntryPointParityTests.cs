using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using EventFly.Client.Contracts;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Infrastructure;
using EventFly.Web.Prerendering;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>
/// Every entry point (REST, the prerendering adapters, the portal's per-call services) calls the same use case with the
/// same caller, so each refuses the same caller the same way. The prerendered ticket types of a draft once leaked here.
/// </summary>
public sealed class EntryPointParityTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task ADraft_IsNotFound_ThroughEveryEntryPoint_ForAParticipant()
    {
        var s = await factory.ScenarioAsync();
        var draft = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Parity draft", ("Berlin", 52.52, 13.40)));
        (await s.Owner.PostAsJsonAsync($"/api/events/{draft.Id}/ticket-types",
            new { name = "Std", price = new { amount = 0, currency = "EUR" }, capacity = 10, accessLevel = "General" })).EnsureSuccessStatusCode();
        var (participant, client) = await ParticipantAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/events/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/events/{draft.Id}/ticket-types")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var signedIn = new SignedIn(participant);
        var events = ActivatorUtilities.CreateInstance<ServerEventsApi>(scope.ServiceProvider, (AuthenticationStateProvider)signedIn);
        var tickets = ActivatorUtilities.CreateInstance<ServerTicketsApi>(scope.ServiceProvider, (AuthenticationStateProvider)signedIn);
        Assert.Equal("Not found.", (await events.GetAsync(draft.Id)).Error);
        Assert.Equal("Not found.", (await tickets.GetTicketTypesAsync(draft.Id)).Error);

        var portalEvents = scope.ServiceProvider.GetRequiredKeyedService<IEventService>(PerCallScope.Key);
        var portalCatalog = scope.ServiceProvider.GetRequiredKeyedService<ITicketCatalog>(PerCallScope.Key);
        await Assert.ThrowsAsync<NotFoundException>(() => portalEvents.GetAsync(participant, draft.Id, default));
        await Assert.ThrowsAsync<NotFoundException>(() => portalCatalog.ListTicketTypesAsync(participant, draft.Id, default));
    }

    [Fact]
    public async Task AChange_WithoutThePermission_IsForbidden_ThroughEveryEntryPoint()
    {
        var s = await factory.ScenarioAsync();
        var published = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Parity night", ("Berlin", 52.52, 13.40)));
        var (memberId, member) = await s.AddMemberAsync(s.EmptyRoleId);
        var body = new { name = "Sneaky", price = new { amount = 0, currency = "EUR" }, capacity = 10, accessLevel = "General" };

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/events/{published.Id}/ticket-types", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/events/{published.Id}/cancel", null)).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var actor = new Actor(memberId);
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<ITicketCatalog>(PerCallScope.Key)
            .CreateTicketTypeAsync(actor, published.Id, new TicketTypeDetails("Sneaky", null, Money.Zero("EUR"), 10, null, null, 1, 5, "General", false, null), default));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<IEventService>(PerCallScope.Key)
            .CancelAsync(actor, published.Id, default));
        Assert.Equal(EventFly.Client.Contracts.EventState.Published, (await s.Owner.GetFromJsonAsync<EventResponse>($"/api/events/{published.Id}"))!.Status);
    }

    [Fact]
    public async Task ModeratingTheLiveChannel_WithoutFeedManage_IsForbidden_ThroughEveryEntryPoint()
    {
        var s = await factory.ScenarioAsync();
        var published = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Parity live", ("Berlin", 52.52, 13.40)));
        var (memberId, member) = await s.AddMemberAsync(s.EmptyRoleId);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/events/{published.Id}/posts", new { body = "Sneaky post" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.PostAsJsonAsync($"/api/events/{published.Id}/polls", new { question = "Sneaky?", options = new[] { "A", "B" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/events/{published.Id}/qa-settings", new { moderationOn = true })).StatusCode);

        // The live page calls the same use cases through its per-call services, with the same caller.
        await using var scope = factory.Services.CreateAsyncScope();
        var actor = new Actor(memberId);
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<IFeedService>(PerCallScope.Key)
            .CreatePostAsync(actor, published.Id, new PostDraft("Sneaky post"), default));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<IPollService>(PerCallScope.Key)
            .CreateAsync(actor, published.Id, new PollDraft("Sneaky?", ["A", "B"], false, null), default));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<IQuestionService>(PerCallScope.Key)
            .SetModerationAsync(actor, published.Id, true, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredKeyedService<IQuizService>(PerCallScope.Key)
            .CreateAsync(actor, published.Id, new QuizDraft("Sneaky", [new QuizQuestionDraft("Q?", ["A", "B"], 0, 20)]), default));
        Assert.Empty((await s.Owner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/events/{published.Id}/feed")).GetProperty("items").EnumerateArray());
    }

    private async Task<(Actor Actor, HttpClient Client)> ParticipantAsync()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        var me = (await client.GetFromJsonAsync<MeResponse>("/api/me"))!;
        return (new Actor(me.Id), client);
    }

    /// <summary>The authentication state a prerendered page has for a signed-in participant.</summary>
    private sealed class SignedIn(Actor actor) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, actor.UserId.ToString())], "test"))));
    }
}

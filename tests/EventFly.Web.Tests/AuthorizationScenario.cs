using EventFly.Domain.Common;
using System.Net;
using System.Net.Http.Json;
using EventFly.Client.Contracts;
using EventFly.Domain.Organizations;
using EventFly.Services.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>The kinds of caller the authorization matrix sends every request as.</summary>
public enum CallerKind
{
    /// <summary>No credentials at all.</summary>
    Anonymous,

    /// <summary>A signed-in account outside the organization; the buyer of the scenario's orders, tickets and waitlist places.</summary>
    Participant,

    /// <summary>A second plain account: someone else's orders, tickets and waitlist places do not exist for it.</summary>
    OtherParticipant,

    /// <summary>A member of the organization whose role lacks what the route needs (all other permissions, or none).</summary>
    StaffWithout,

    /// <summary>A member whose role holds every permission but whose membership is limited to event A; asked about event B.</summary>
    EventLimitedStaff,

    /// <summary>A member whose role holds exactly what the route needs (the owner for owner-only routes).</summary>
    StaffWith,

    /// <summary>The owner of another organization.</summary>
    OtherOwner,

    /// <summary>The configured platform admin (Identity role <c>platform-admin</c>), not a member of the organization.</summary>
    PlatformAdmin,
}

/// <summary>An event of organization A with a free ticket type and, when published, a confirmed order of the participant.</summary>
public sealed record EventTarget(string Label, Guid Id, Guid TicketTypeId, OrderResponse? ParticipantOrder);

/// <summary>
/// Organization A and everyone who may ask it something: built on <see cref="OrganizationScenario"/> (its owner, its
/// non-member as the participant, its member without permissions), plus, for each permission the routes ask for, a member
/// holding only it and one holding all but it; a member holding all (not owner), one holding all but limited to event A,
/// a second participant, another organization's owner and the platform admin. Events: A and B published, a draft.
/// </summary>
public sealed class AuthorizationScenario
{
    /// <summary>Members made up front for the routes that change or remove one (more are made when these run out).</summary>
    private const int SpareMembers = 3;

    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    private readonly Dictionary<string, HttpClient> _only = [];
    private readonly Dictionary<string, HttpClient> _allBut = [];
    private readonly Queue<Guid> _spareMembers = new();

    private AuthorizationScenario(OrganizationScenario organization) => Org = organization;

    public OrganizationScenario Org { get; }

    public EventFlyFactory Factory => Org.Factory;

    public Guid OrganizationId => Org.OrganizationId;

    public HttpClient Owner => Org.Owner;

    public HttpClient Anonymous { get; private set; } = null!;

    public HttpClient Participant => Org.NonMember;

    public string ParticipantEmail { get; private set; } = "";

    public HttpClient OtherParticipant { get; private set; } = null!;

    public HttpClient OtherOwner { get; private set; } = null!;

    public HttpClient PlatformAdmin { get; private set; } = null!;

    /// <summary>Holds a role with no permission at all.</summary>
    public HttpClient NoPermissionStaff => Org.MemberWithout;

    /// <summary>Holds a role with every permission, for every event, without being an owner.</summary>
    public HttpClient AllPermissionStaff { get; private set; } = null!;

    /// <summary>Holds a role with every permission, limited to <see cref="EventA"/>.</summary>
    public HttpClient EventLimitedStaff { get; private set; } = null!;

    public Guid EmptyRoleId => Org.EmptyRoleId;

    /// <summary>Published; the one event the event-limited staff member is limited to.</summary>
    public EventTarget EventA { get; private set; } = null!;

    /// <summary>Published; what the event-limited staff member is asked about.</summary>
    public EventTarget EventB { get; private set; } = null!;

    public EventTarget Draft { get; private set; } = null!;

    /// <summary>The member whose role holds only <paramref name="permission"/>.</summary>
    public HttpClient Only(string permission) => _only[permission];

    /// <summary>The member whose role holds every permission but <paramref name="permission"/>.</summary>
    public HttpClient AllBut(string permission) => _allBut[permission];

    /// <summary>
    /// Builds the scenario with members for each of <paramref name="permissions"/> (the ones the routes ask for).
    /// Accounts are registered in parallel (password hashing is most of the cost), then invited and let in one by one.
    /// </summary>
    public static async Task<AuthorizationScenario> CreateAsync(EventFlyFactory factory, IReadOnlyCollection<string> permissions)
    {
        var s = new AuthorizationScenario(await OrganizationScenario.CreateAsync(factory));
        s.Anonymous = factory.CreateClient();
        s.ParticipantEmail = (await s.Participant.GetFromJsonAsync<MeResponse>("/api/me"))!.Email;

        var needed = permissions.Where(p => p != Permissions.StaffManage).ToList();
        var roles = new List<Guid>();
        foreach (var permission in needed)
            roles.Add(await s.Org.CreateRoleAsync($"Only {permission}", [permission]));
        foreach (var permission in permissions)
            roles.Add(await s.Org.CreateRoleAsync($"All but {permission}", [.. Permissions.All.Where(p => p != permission)]));
        var allRole = await s.Org.CreateRoleAsync("Everything", [.. Permissions.All]);
        roles.AddRange([allRole, allRole, .. Enumerable.Repeat(s.EmptyRoleId, SpareMembers)]);

        var accounts = await Task.WhenAll(Enumerable.Range(0, roles.Count + 2).Select(_ => factory.CreateSignedInUserAsync()));
        s.OtherParticipant = accounts[^2].Client;
        s.OtherOwner = accounts[^1].Client;
        (await s.OtherOwner.PostAsJsonAsync("/api/organizations", new { name = "Other Org" })).EnsureSuccessStatusCode();
        s.PlatformAdmin = await factory.CreateBearerClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);
        Assert.True((await s.PlatformAdmin.GetFromJsonAsync<MeResponse>("/api/me"))!.IsAdmin, "the configured admin is no platform admin");

        var members = await s.JoinAsync(accounts[..roles.Count], roles);
        var next = 0;
        s._only[Permissions.StaffManage] = s.Org.MemberWith;
        foreach (var permission in needed)
            s._only[permission] = members[next++].Client;
        foreach (var permission in permissions)
            s._allBut[permission] = members[next++].Client;
        s.AllPermissionStaff = members[next++].Client;
        var (limitedId, limited) = members[next++];
        s.EventLimitedStaff = limited;
        foreach (var spare in members[next..])
            s._spareMembers.Enqueue(spare.UserId);

        s.EventA = await s.PublishedTargetAsync("A");
        s.EventB = await s.PublishedTargetAsync("B");
        var draft = await s.NewEventAsync("Matrix draft", publish: false);
        s.Draft = new EventTarget("draft", draft.Id, (await s.NewTypeAsync(draft.Id, capacity: 1000)).Id, null);

        var limit = await s.Owner.PutAsJsonAsync(s.Org.Url($"/staff/{limitedId}"), new { roleId = allRole, eventIds = new[] { s.EventA.Id } });
        Assert.True(limit.IsSuccessStatusCode, "limiting the staff member to event A: " + await limit.Content.ReadAsStringAsync());
        return s;
    }

    public async Task<EventResponse> NewEventAsync(string name, bool publish)
    {
        var body = EventEndpointTests.EventBody(name, Berlin);
        return publish ? await EventEndpointTests.CreatePublishedAsync(Org, body) : await EventEndpointTests.CreateAsync(Org, body);
    }

    public Task<TicketTypeResponse> NewTypeAsync(Guid eventId, int capacity) =>
        TicketingEndpointTests.CreateTypeAsync(Org, eventId, new { name = $"Type {Guid.NewGuid():N}"[..13], price = new { amount = 0, currency = "EUR" }, capacity });

    /// <summary>A confirmed free order of one ticket, placed by the participant.</summary>
    public Task<OrderResponse> ParticipantOrderAsync(Guid eventId, Guid ticketTypeId) =>
        TicketingEndpointTests.PlaceAsync(Participant, eventId, ticketTypeId, 1);

    public static async Task<WaitlistEntryResponse> JoinWaitlistAsync(HttpClient who, Guid eventId, Guid ticketTypeId)
    {
        var response = await who.PostAsJsonAsync($"/api/events/{eventId}/waitlist", new { ticketTypeId });
        Assert.True(response.IsSuccessStatusCode, "joining the waitlist: " + await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WaitlistEntryResponse>())!;
    }

    /// <summary>The participant's waitlist place on a fresh sold-out type of the event, offered a seat that came back.</summary>
    public async Task<Guid> WaitlistOfferAsync(Guid eventId)
    {
        var type = await NewTypeAsync(eventId, capacity: 1);
        var held = await TicketingEndpointTests.PlaceAsync(Owner, eventId, type.Id, 1);
        var entry = await JoinWaitlistAsync(Participant, eventId, type.Id);
        (await Owner.PostAsync($"/api/orders/{held.Id}/cancel", null)).EnsureSuccessStatusCode();
        return entry.Id;
    }

    /// <summary>The id of a member holding the empty role that no case asks as, to be changed or removed.</summary>
    public async Task<Guid> SpareMemberAsync()
    {
        if (_spareMembers.TryDequeue(out var userId)) return userId;
        await DrainOutboxAsync(); // so the invitation goes out in the one round AddMemberAsync runs
        return (await Org.AddMemberAsync(EmptyRoleId)).UserId;
    }

    /// <summary>
    /// The token of a new invitation to <paramref name="email"/>, read from its e-mail. The outbox is drained first, so the
    /// invitation is the newest e-mail to that address (the participant gets order confirmations too).
    /// </summary>
    public async Task<string> InvitationTokenAsync(Guid organizationId, string email, Guid roleId)
    {
        await DrainOutboxAsync();
        var invited = await Owner.PostAsJsonAsync($"/api/organizations/{organizationId}/invitations", new { email, roleId });
        Assert.True(invited.IsSuccessStatusCode, "inviting: " + await invited.Content.ReadAsStringAsync());
        return await OrganizationScenario.ReadInvitationTokenAsync(Factory, email);
    }

    /// <summary>A token inviting the participant into a new organization of the owner (accepting it leaves organization A alone).</summary>
    public async Task<string> ParticipantInvitationTokenAsync()
    {
        var created = await Owner.PostAsJsonAsync("/api/organizations", new { name = "Joinable Org" });
        var organizationId = (await created.Content.ReadFromJsonAsync<OrganizationResponse>())!.Id;
        var role = await Owner.PostAsJsonAsync($"/api/organizations/{organizationId}/roles", new { name = "Joiner", permissions = Array.Empty<string>() });
        Assert.True(role.IsSuccessStatusCode, "creating the joiner role: " + await role.Content.ReadAsStringAsync());
        return await InvitationTokenAsync(organizationId, ParticipantEmail, (await role.Content.ReadFromJsonAsync<RoleResponse>())!.Id);
    }

    /// <summary>Subscribes organization A to <paramref name="packageId"/> through the sandbox checkout and applies it.</summary>
    public async Task SubscribeAsync(string packageId)
    {
        var checkout = await Owner.PostAsJsonAsync(Org.Url("/subscription"), new { packageId });
        Assert.True(checkout.IsSuccessStatusCode, "starting the subscription checkout: " + await checkout.Content.ReadAsStringAsync());
        var url = (await checkout.Content.ReadFromJsonAsync<CheckoutResponse>())!.CheckoutUrl;
        using var browser = Factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync(url + "/pay", null)).StatusCode);
        await DrainOutboxAsync();
    }

    /// <summary>Dispatches the outbox until nothing is due (one round sends at most a batch).</summary>
    public async Task DrainOutboxAsync()
    {
        for (var round = 0; round < 100; round++)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None) == 0) return;
        }
    }

    /// <summary>Invites each account with its role and accepts through the e-mailed link, as <see cref="OrganizationScenario.AddMemberAsync"/> does.</summary>
    private async Task<List<(Guid UserId, HttpClient Client)>> JoinAsync((string Email, HttpClient Client)[] accounts, List<Guid> roles)
    {
        for (var i = 0; i < accounts.Length; i++)
            await Org.InviteAsync(accounts[i].Email, roles[i]);
        await DrainOutboxAsync();
        var members = new List<(Guid UserId, HttpClient Client)>();
        foreach (var (email, client) in accounts)
        {
            var token = await OrganizationScenario.ReadInvitationTokenAsync(Factory, email);
            (await client.PostAsync($"/api/invitations/{token}/accept", null)).EnsureSuccessStatusCode();
            members.Add(((await client.GetFromJsonAsync<MeResponse>("/api/me"))!.Id, client));
        }
        return members;
    }

    private async Task<EventTarget> PublishedTargetAsync(string label)
    {
        var published = await NewEventAsync($"Matrix {label}", publish: true);
        var type = await NewTypeAsync(published.Id, capacity: 1000);
        return new EventTarget(label, published.Id, type.Id, await ParticipantOrderAsync(published.Id, type.Id));
    }
}

using EventFly.Domain.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventFly.Client.Contracts;
using EventFly.Domain.Organizations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>The matrix's table: what each route promises each kind of caller, and the fixtures its rows need.</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>What each route promises, one row per route and target (a published event, a draft, an unknown id).</summary>
    private static IEnumerable<Row> Rows()
    {
        // Identity and profile.
        yield return new("GET /api/me", SignedIn);
        yield return new("GET /api/me/profile", SignedIn);
        yield return new("PUT /api/me/profile", SignedIn) { Body = _ => Json(new { displayName = "Matrix caller" }) };
        yield return new("GET /api/me/tickets", SignedIn);
        // A form post: refused for its missing antiforgery token before anything else, whoever sends it; never a 500.
        yield return new("POST /account/logout", Fixed("400"))
        {
            Body = _ => new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }),
        };

        // Public reads.
        yield return new("GET /api/permissions", Public);
        yield return new("GET /api/packages", Public);
        yield return new("GET /api/events", Public);

        // Organizations and staff.
        yield return new("POST /api/organizations", SignedIn) { Body = _ => Json(new { name = "Caller's own org" }) };
        yield return new("GET /api/organizations", SignedIn);
        yield return new("GET /api/organizations/{orgId}", Member);
        yield return new("PUT /api/organizations/{orgId}", Permission(Permissions.StaffManage))
        {
            Body = _ => Json(new { name = "Matrix Org", description = "Asked by the authorization matrix." }),
        };
        yield return new("GET /api/organizations/{orgId}/roles", Permission(Permissions.StaffManage));
        yield return new("POST /api/organizations/{orgId}/roles", Permission(Permissions.StaffManage))
        {
            Body = _ => Json(new { name = $"Role {Guid.NewGuid():N}", permissions = new[] { Permissions.CheckinScan } }),
        };
        yield return new("PUT /api/organizations/{orgId}/roles/{roleId}", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("roleId", await s.Org.CreateRoleAsync("Editable", []))),
            Body = _ => Json(new { name = $"Edited {Guid.NewGuid():N}", permissions = new[] { Permissions.OrdersView } }),
        };
        yield return new("DELETE /api/organizations/{orgId}/roles/{roleId}", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("roleId", await s.Org.CreateRoleAsync("Doomed", []))),
            Consumes = true,
        };
        yield return new("GET /api/organizations/{orgId}/staff", Permission(Permissions.StaffManage));
        yield return new("PUT /api/organizations/{orgId}/staff/{userId}", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("userId", await s.SpareMemberAsync())),
            Body = c => Json(new { roleId = c.S.EmptyRoleId }),
        };
        yield return new("DELETE /api/organizations/{orgId}/staff/{userId}", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("userId", await s.SpareMemberAsync())),
            Consumes = true,
        };
        yield return new("GET /api/organizations/{orgId}/invitations", Permission(Permissions.StaffManage));
        yield return new("POST /api/organizations/{orgId}/invitations", Permission(Permissions.StaffManage))
        {
            Body = c => Json(new { email = NewEmail(), roleId = c.S.EmptyRoleId }),
        };
        yield return new("POST /api/organizations/{orgId}/invitations/{invitationId}/resend", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("invitationId", (await s.Org.InviteAsync(NewEmail(), s.EmptyRoleId)).Id)),
        };
        yield return new("DELETE /api/organizations/{orgId}/invitations/{invitationId}", Permission(Permissions.StaffManage))
        {
            Setup = async (s, _) => Values(("invitationId", (await s.Org.InviteAsync(NewEmail(), s.EmptyRoleId)).Id)),
            Consumes = true,
        };
        yield return new("GET /api/organizations/{orgId}/audit", Owner);
        // The token is the secret: whoever holds the link may see what it invites to (the page shows it before sign-in).
        yield return new("GET /api/invitations/{token}", Public)
        {
            Setup = async (s, _) => Values(("token", await s.InvitationTokenAsync(s.OrganizationId, NewEmail(), s.EmptyRoleId))),
        };
        // Only the invited person may accept (the participant here, into another organization of the owner's).
        yield return new("POST /api/invitations/{token}/accept", Invitee)
        {
            Setup = async (s, _) => Values(("token", await s.ParticipantInvitationTokenAsync())),
            Consumes = true,
        };

        // Billing.
        yield return new("POST /api/organizations/{orgId}/subscription", Permission(Permissions.BillingManage))
        {
            Body = _ => Json(new { packageId = "pro" }),
        };
        // Needs a subscription to cancel. A cancelled one takes the organization to Free once the outbox runs, so
        // nothing is dispatched between these cases, and afterwards the organization subscribes to Business again.
        yield return new("DELETE /api/organizations/{orgId}/subscription", Permission(Permissions.BillingManage))
        {
            Setup = async (s, _) =>
            {
                await s.SubscribeAsync("business");
                return Fixture.None;
            },
            After = async s =>
            {
                await s.DrainOutboxAsync();
                await s.SubscribeAsync("business");
            },
        };

        // The organization's events.
        yield return new("POST /api/organizations/{orgId}/events", Permission(Permissions.EventsManage))
        {
            Body = _ => Json(EventEndpointTests.EventBody("Matrix new", ("Berlin", 52.52, 13.40))),
        };
        yield return new("GET /api/organizations/{orgId}/events", Member)
        {
            Check = LimitedStaffSeeOnlyTheirEventsAsync,
            CheckSays = "staff limited to event A see only event A",
        };

        // What belongs to a buyer: the participant's order, ticket and waitlist offer (on event B for the event-limited member).
        yield return new("GET /api/orders/{orderId}", Buyer(Permissions.OrdersView), On.Published)
        {
            Setup = (_, t) => Task.FromResult(Values(("orderId", t.ParticipantOrder!.Id))),
        };
        yield return new("POST /api/orders/{orderId}/cancel", Buyer(Permissions.OrdersRefund), On.Published)
        {
            Setup = async (s, t) => Values(("orderId", (await s.ParticipantOrderAsync(t.Id, t.TicketTypeId)).Id)),
            Consumes = true,
        };
        yield return new("GET /api/tickets/{ticketId}/qr.png", Buyer(null), On.Published)
        {
            Setup = (_, t) => Task.FromResult(Values(("ticketId", t.ParticipantOrder!.Tickets[0].Id))),
        };
        yield return new("POST /api/waitlist/{entryId}/claim", Buyer(null), On.Published)
        {
            Setup = async (s, t) => Values(("entryId", await s.WaitlistOfferAsync(t.Id))),
            Consumes = true,
        };

        foreach (var row in NotificationRows())
            yield return row;

        // Before the event's rows: there every signed-in caller buys a ticket (and so joins the event's live channel).
        foreach (var row in EngagementRows())
            yield return row;
        foreach (var row in EventRows())
            yield return row;
        foreach (var row in FeedbackRows())
            yield return row;
        foreach (var row in AnalyticsRows())
            yield return row;
        foreach (var row in RecommendationRows())
            yield return row;
        foreach (var row in PrivacyRows())
            yield return row;
    }

    /// <summary>Routes of one event, each asked about a published event (event B for the event-limited member) and a draft.</summary>
    private static IEnumerable<Row> EventRows()
    {
        foreach (var on in new[] { On.Published, On.Draft, On.Unknown })
        {
            yield return new("GET /api/events/{eventId}", EventRead, on);
            yield return new("PUT /api/events/{eventId}", EventPermission(Permissions.EventsManage), on)
            {
                Body = c => Json(EventEndpointTests.EventBody($"Matrix {c.Target.Label}", ("Berlin", 52.52, 13.40))),
            };
        }

        yield return new("POST /api/events/{eventId}/publish", EventPermission(Permissions.EventsManage), On.Draft)
        {
            Setup = async (s, _) => Values(("eventId", (await s.NewEventAsync("Matrix to publish", publish: false)).Id)),
            Consumes = true,
        };

        foreach (var on in new[] { On.Published, On.Draft })
        {
            var published = on == On.Published;
            yield return new("GET /api/events/{eventId}/calendar.ics", EventRead, on);
            yield return new("POST /api/events/{eventId}/cancel", EventPermission(Permissions.EventsManage), on)
            {
                Setup = async (s, _) => Values(("eventId", (await s.NewEventAsync("Matrix to cancel", published)).Id)),
                Consumes = true,
            };
            yield return new("POST /api/events/{eventId}/duplicate", EventPermission(Permissions.EventsManage), on);
            yield return new("PUT /api/events/{eventId}/image", EventPermission(Permissions.EventsManage), on) { Body = _ => Image() };

            yield return new("GET /api/events/{eventId}/ticket-types", EventRead, on);
            yield return new("POST /api/events/{eventId}/ticket-types", EventPermission(Permissions.TicketsManage), on) { Body = _ => TicketTypeBody() };
            yield return new("PUT /api/events/{eventId}/ticket-types/{ticketTypeId}", EventPermission(Permissions.TicketsManage), on)
            {
                Setup = async (s, t) => Values(("ticketTypeId", (await s.NewTypeAsync(t.Id, capacity: 10)).Id)),
                Body = _ => TicketTypeBody(),
            };
            yield return new("DELETE /api/events/{eventId}/ticket-types/{ticketTypeId}", EventPermission(Permissions.TicketsManage), on)
            {
                Setup = async (s, t) => Values(("ticketTypeId", (await s.NewTypeAsync(t.Id, capacity: 10)).Id)),
                Consumes = true,
            };
            yield return new("GET /api/events/{eventId}/quotas", EventPermission(Permissions.TicketsManage), on);
            yield return new("POST /api/events/{eventId}/quotas", EventPermission(Permissions.TicketsManage), on)
            {
                Body = _ => Json(new { name = "Matrix quota", capacity = 10 }),
            };

            yield return new("GET /api/events/{eventId}/orders", EventPermission(Permissions.OrdersView), on);
            yield return new("GET /api/events/{eventId}/attendees", EventPermission(Permissions.OrdersView), on);
            foreach (var list in new[] { "attendees", "orders", "checkins" })
                yield return new($"GET /api/events/{{eventId}}/{list}/export", EventPermission(Permissions.OrdersView), on) { Query = "?format=csv" };
            yield return new("GET /api/events/{eventId}/checkins/stats", EventPermission(Permissions.CheckinScan), on);
            yield return new("POST /api/events/{eventId}/checkins", EventPermission(Permissions.CheckinScan), on)
            {
                // A fresh ticket of the participant's per scan; a draft sells nothing, so there the code is event A's.
                Setup = async (s, t) => new Fixture([], published
                    ? (await s.ParticipantOrderAsync(t.Id, t.TicketTypeId)).Tickets[0].Code
                    : s.EventA.ParticipantOrder!.Tickets[0].Code),
                Body = c => Json(new { code = (string)c.Fixture.Data! }),
                Consumes = true,
                // No ticket of a draft exists, so for the one who may scan there every code is unknown.
                Overrides = published ? [] : new() { [StaffWith] = "404" },
            };

            yield return new("GET /api/events/{eventId}/checkins/door-list", EventPermission(Permissions.CheckinScan), on);
            // Every scan gets its own answer (here `invalid`, the code being made up): the batch itself is accepted.
            yield return new("POST /api/events/{eventId}/checkins/batch", EventPermission(Permissions.CheckinScan), on)
            {
                Body = _ => Json(new { deviceId = "matrix-device", doorName = "Door 1", scans = new[] { new { code = "made-up.0011223344556677", scannedAt = DateTimeOffset.UtcNow } } }),
            };

            yield return new("POST /api/events/{eventId}/orders", EventSignedIn, on)
            {
                Body = c => Json(new { items = new[] { new { ticketTypeId = c.Target.TicketTypeId, quantity = 1 } } }),
                // Staff see the draft, but it is not on sale.
                Overrides = published ? [] : new() { [StaffWithout] = "409", [StaffWith] = "409" },
            };
            yield return new("GET /api/events/{eventId}/waitlist", EventSignedIn, on)
            {
                Setup = async (s, t) => published ? await SoldOutWithParticipantWaitingAsync(s, t) : await SoldOutAsync(s, t),
                Check = OnlyTheParticipantSeesTheirPlaceAsync,
                CheckSays = "the participant's place listed for the participant only",
            };
            yield return new("POST /api/events/{eventId}/waitlist", EventSignedIn, on)
            {
                Setup = SoldOutAsync,
                Body = c => Json(new { ticketTypeId = c.Fixture.Values["ticketTypeId"] }),
            };
            yield return new("DELETE /api/events/{eventId}/waitlist", EventBuyer, on)
            {
                Setup = async (s, t) => published ? await SoldOutWithParticipantWaitingAsync(s, t) : await SoldOutAsync(s, t),
                Body = c => Json(new { ticketTypeId = c.Fixture.Values["ticketTypeId"] }),
                Consumes = true,
            };
        }
    }

    private static async Task<string?> LimitedStaffSeeOnlyTheirEventsAsync(Context c, HttpResponseMessage response)
    {
        if (c.Caller != EventLimitedStaff) return null;
        var events = (await response.Content.ReadFromJsonAsync<List<EventResponse>>())!;
        var outside = events.Where(e => e.Id != c.S.EventA.Id).ToList();
        if (outside.Count == 0 && events.Count == 1) return null;
        var named = new List<string>();
        if (events.All(e => e.Id != c.S.EventA.Id)) named.Add("event A missing");
        if (outside.Any(e => e.Id == c.S.Draft.Id)) named.Add("the draft listed");
        if (outside.Any(e => e.Id == c.S.EventB.Id)) named.Add("event B listed");
        return $"{outside.Count} events outside the limit listed ({string.Join(", ", named)})";
    }

    private static async Task<string?> OnlyTheParticipantSeesTheirPlaceAsync(Context c, HttpResponseMessage response)
    {
        if (c.Fixture.Data is not Guid entryId) return null;
        var listed = (await response.Content.ReadFromJsonAsync<List<WaitlistEntryResponse>>())!.Any(e => e.Id == entryId);
        if (listed == (c.Caller == Participant)) return null;
        return listed ? "the participant's waitlist place is listed" : "the participant's own place is missing";
    }

    /// <summary>A fresh ticket type with no seats at all: sold out, so people may wait for it.</summary>
    private static async Task<Fixture> SoldOutAsync(AuthorizationScenario s, EventTarget t) =>
        Values(("ticketTypeId", (await s.NewTypeAsync(t.Id, capacity: 0)).Id));

    private static async Task<Fixture> SoldOutWithParticipantWaitingAsync(AuthorizationScenario s, EventTarget t)
    {
        var soldOut = await SoldOutAsync(s, t);
        var entry = await AuthorizationScenario.JoinWaitlistAsync(s.Participant, t.Id, Guid.Parse(soldOut.Values["ticketTypeId"]));
        return soldOut with { Data = entry.Id };
    }

    private static JsonContent Json(object body) => JsonContent.Create(body);

    private static JsonContent TicketTypeBody() => Json(new { name = "Matrix type", price = new { amount = 0, currency = "EUR" }, capacity = 10 });

    private static MultipartFormDataContent Image()
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "cover.png" } };
    }

    private static string NewEmail() => $"matrix-{Guid.NewGuid():N}@tests.eventfly.dev";

    private static Fixture Values(params (string Name, object Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal));

    private static Access Public => new(Rule.Public);

    private static Access SignedIn => new(Rule.SignedIn);

    private static Access Member => new(Rule.Member);

    private static Access Owner => new(Rule.Owner);

    private static Access Invitee => new(Rule.Invitee);

    private static Access EventRead => new(Rule.EventRead);

    private static Access EventSignedIn => new(Rule.EventSignedIn);

    private static Access EventBuyer => new(Rule.EventBuyer);

    private static Access Permission(string permission) => new(Rule.Permission, permission);

    private static Access EventPermission(string permission) => new(Rule.EventPermission, permission);

    /// <summary>The buyer; with a permission, also staff holding it for the event (404 for everyone else: existence does not leak).</summary>
    private static Access Buyer(string? staffPermission) => new(Rule.Buyer, staffPermission);

    private static Access Fixed(string status) => new(Rule.Fixed, Status: status);
}

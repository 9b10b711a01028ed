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

/// <summary>
/// The real host with cheaper password hashes: the matrix signs up some twenty accounts, and hashing them at Identity's
/// 100,000 PBKDF2 rounds is most of its set-up on a busy machine. Nothing it asks depends on the hash's strength.
/// </summary>
public sealed class AuthorizationMatrixFactory : EventFlyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }
}

/// <summary>
/// The authorization specification: every route the app maps under <c>/api/</c> (and <c>POST /account/logout</c>) asked
/// by every kind of caller (<see cref="CallerKind"/>), each answer compared with what the rules promise. The routes come
/// from the running app's endpoints, so a route added without an expectation fails here by name. One run lists every
/// difference in one message.
/// </summary>
/// <remarks>
/// The rules: anonymous callers get 401 wherever sign-in is needed; public reads (published events, their ticket types,
/// discovery, packages) answer everyone; a draft and everything under it is 404 for all but its organization's staff
/// (staff limited to other events included); a permission the caller lacks is 403 (participants, other organizations'
/// owners, the platform admin, staff without it, staff limited to another event); someone else's order, ticket or
/// waitlist place is 404. Cases run one after another (a mutating case must not disturb the next one); what a case
/// uses up (a deleted role, a cancelled order) is made again before the next caller.
/// </remarks>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    private const string Ok = "2xx";
    private const string IdentityApi = "ASP.NET Core Identity's MapIdentityApi (sign-up, sign-in, recovery, self-service account management): its own rules, covered by AuthTests";

    /// <summary>
    /// Mapped routes under /api/ the matrix leaves out, with why. Outside /api/ and so outside the matrix anyway:
    /// /health/live, /health/ready, /metrics, the sandbox checkout page (/sandbox/checkout/...), /media/..., the pages.
    /// </summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["POST /api/auth/register"] = IdentityApi,
        ["POST /api/auth/login"] = IdentityApi,
        ["POST /api/auth/refresh"] = IdentityApi,
        ["GET /api/auth/confirmEmail"] = IdentityApi,
        ["POST /api/auth/resendConfirmationEmail"] = IdentityApi,
        ["POST /api/auth/forgotPassword"] = IdentityApi,
        ["POST /api/auth/resetPassword"] = IdentityApi,
        ["POST /api/auth/manage/2fa"] = IdentityApi,
        ["GET /api/auth/manage/info"] = IdentityApi,
        ["POST /api/auth/manage/info"] = IdentityApi,
        ["POST /api/payments/stripe/webhook"] = "Stripe's notices: anonymous by design, refused by signature (400), not by caller; covered by StripePaymentTests",
    };

    /// <summary>Who runs first: refused callers before the ones that succeed, so a success that uses something up comes last.</summary>
    private static readonly CallerKind[] RunOrder =
        [Anonymous, OtherParticipant, OtherOwner, PlatformAdmin, StaffWithout, EventLimitedStaff, Participant, StaffWith];

    private static readonly byte[] Png =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    [Fact]
    public async Task EveryRoute_AnswersEveryKindOfCaller_AsTheRulesSay()
    {
        var clock = Stopwatch.StartNew();
        var rows = Rows().ToList();
        var s = await AuthorizationScenario.CreateAsync(factory, [.. rows.Select(r => r.Access.Permission).OfType<string>().Distinct()]);
        var setUp = clock.Elapsed;
        var mismatches = CoverageProblems(MappedRoutes(), rows);
        var unknown = new EventTarget("unknown event", Guid.NewGuid(), Guid.NewGuid(), null);
        var cases = 0;

        foreach (var row in rows)
        {
            var fixtures = new Dictionary<string, Fixture>(StringComparer.Ordinal);
            foreach (var caller in RunOrder)
            {
                var target = row.On switch
                {
                    On.Draft => s.Draft,
                    On.Unknown => unknown,
                    _ => caller == EventLimitedStaff ? s.EventB : s.EventA,
                };
                var key = row.On == On.Organization ? "" : target.Label;
                cases++;
                if (!fixtures.TryGetValue(key, out var fixture))
                {
                    try
                    {
                        fixture = row.Setup is null ? Fixture.None : await row.Setup(s, target);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or Xunit.Sdk.XunitException or InvalidOperationException)
                    {
                        mismatches.Add($"{row.Name} as {Describe(row, caller, target)}: could not prepare the case: {ex.Message}");
                        continue;
                    }
                    fixtures[key] = fixture;
                }

                var context = new Context(s, target, caller, fixture);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), Url(row, context)) { Content = row.Body?.Invoke(context) };
                using var response = await ClientFor(s, row, caller).SendAsync(request);

                var expected = Expected(row, caller);
                var actual = await OutcomeAsync(response);
                if (actual.Status == Ok && row.Consumes) fixtures.Remove(key);
                var problem = expected == actual.Status && actual.Status == Ok && row.Check is not null ? await row.Check(context, response) : null;
                if (expected != actual.Status)
                    mismatches.Add($"{row.Name} as {Describe(row, caller, target)}: expected {expected}, got {actual.Text}");
                else if (problem is not null)
                    mismatches.Add($"{row.Name} as {Describe(row, caller, target)}: expected {expected} ({row.CheckSays}), got {actual.Status}, {problem}");
            }
            try
            {
                if (row.After is not null) await row.After(s);
            }
            catch (Exception ex) when (ex is HttpRequestException or Xunit.Sdk.XunitException or InvalidOperationException)
            {
                mismatches.Add($"{row.Name}: could not restore what its cases changed: {ex.Message}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{rows.Count} rows ({rows.Select(r => r.Route).Distinct().Count()} routes), {cases} cases; set-up {setUp.TotalSeconds:0.0} s, all {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} differences from the authorization rules ({rows.Count} rows, {cases} cases):{Environment.NewLine}"
            + string.Join(Environment.NewLine, mismatches.Select(m => "  - " + m)));
    }

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

        foreach (var row in EventRows())
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

    /// <summary>What the rules expect of <paramref name="caller"/> on <paramref name="row"/>: "2xx" or the status code.</summary>
    private static string Expected(Row row, CallerKind caller)
    {
        if (row.Overrides.TryGetValue(caller, out var overridden)) return overridden;
        if (row.Access.Rule == Rule.Fixed) return row.Access.Status!;
        if (row.Access.Rule == Rule.Public || (row.Access.Rule == Rule.EventRead && row.On == On.Published)) return Ok;
        if (row.Access.Rule == Rule.EventRead) return row.On == On.Draft && IsStaffOfTheTarget(caller) ? Ok : "404";
        if (caller == Anonymous) return "401";
        return row.Access.Rule switch
        {
            Rule.SignedIn => Ok,
            Rule.Member => caller is StaffWithout or StaffWith or EventLimitedStaff ? Ok : "403",
            Rule.Permission or Rule.Owner => caller == StaffWith ? Ok : "403",
            // Anyone else signed in is told the invitation is for another e-mail (409 invitation_email_mismatch, as the API always answered).
            Rule.Invitee => caller == Participant ? Ok : "409",
            Rule.Buyer => caller == Participant || (caller == StaffWith && row.Access.Permission is not null) ? Ok : "404",
            Rule.EventPermission => row.On switch
            {
                On.Published => caller == StaffWith ? Ok : "403",
                On.Draft => caller == StaffWith ? Ok : caller == StaffWithout ? "403" : "404",
                _ => "404",
            },
            Rule.EventSignedIn => row.On switch
            {
                On.Published => Ok,
                On.Draft => IsStaffOfTheTarget(caller) ? Ok : "404",
                _ => "404",
            },
            Rule.EventBuyer => row.On == On.Published && caller == Participant ? Ok : "404",
            _ => throw new InvalidOperationException($"no rule {row.Access.Rule}"),
        };
    }

    /// <summary>Members whose membership covers the event asked about (the event-limited member is asked about another).</summary>
    private static bool IsStaffOfTheTarget(CallerKind caller) => caller is StaffWithout or StaffWith;

    private static HttpClient ClientFor(AuthorizationScenario s, Row row, CallerKind caller) => caller switch
    {
        Anonymous => s.Anonymous,
        Participant => s.Participant,
        OtherParticipant => s.OtherParticipant,
        OtherOwner => s.OtherOwner,
        PlatformAdmin => s.PlatformAdmin,
        EventLimitedStaff => s.EventLimitedStaff,
        StaffWithout => row.Access.Rule == Rule.Owner ? s.AllPermissionStaff
            : row.Access.Permission is { } lacking ? s.AllBut(lacking) : s.NoPermissionStaff,
        _ => row.Access.Rule == Rule.Owner ? s.Owner
            : row.Access.Permission is { } needed ? s.Only(needed) : s.AllPermissionStaff,
    };

    private static string Describe(Row row, CallerKind caller, EventTarget target)
    {
        var who = caller switch
        {
            StaffWithout => row.Access.Rule == Rule.Owner ? "staff without (every permission, not owner)"
                : row.Access.Permission is { } lacking ? $"staff without (every permission but {lacking})" : "staff without (no permission)",
            StaffWith => row.Access.Rule == Rule.Owner ? "staff with (the owner)"
                : row.Access.Permission is { } needed ? $"staff with (only {needed})" : "staff with (every permission)",
            EventLimitedStaff => "event-limited staff (every permission, limited to event A)",
            Participant => "participant (the buyer)",
            OtherParticipant => "other participant",
            OtherOwner => "other organization's owner",
            PlatformAdmin => "platform admin",
            _ => "anonymous",
        };
        return row.On == On.Published ? $"{who} on event {target.Label}" : who;
    }

    /// <summary>The route's pattern with its parameters filled from the scenario and the row's fixture.</summary>
    private static string Url(Row row, Context c)
    {
        var values = new Dictionary<string, string>(c.Fixture.Values, StringComparer.Ordinal);
        values.TryAdd("orgId", c.S.OrganizationId.ToString());
        values.TryAdd("eventId", c.Target.Id.ToString());
        return RouteParameter().Replace(row.Pattern, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException($"{row.Name}: nothing fills {m.Value}"));
    }

    /// <summary>Every route the running app maps under /api/ (and the sign-out form post), as "METHOD /pattern".</summary>
    private SortedSet<string> MappedRoutes()
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText ?? "";
            var path = Constraint().Replace(raw, "{$1}").TrimEnd('/');
            if (!path.StartsWith('/')) path = "/" + path;
            if (!path.StartsWith("/api/", StringComparison.Ordinal) && path != "/account/logout") continue;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                routes.Add($"{method} {path}");
        }
        return routes;
    }

    private static List<string> CoverageProblems(SortedSet<string> mapped, List<Row> rows)
    {
        var expected = rows.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);
        var problems = mapped.Where(r => !expected.Contains(r) && !Excluded.ContainsKey(r))
            .Select(r => $"{r}: no expectation; add its rows to AuthorizationMatrixTests.Rows() (or, if it is infrastructure, to Excluded with the reason)")
            .ToList();
        problems.AddRange(expected.Concat(Excluded.Keys).Where(r => !mapped.Contains(r)).Distinct().Order(StringComparer.Ordinal)
            .Select(r => $"{r}: listed in the matrix but the app maps no such route"));
        return problems;
    }

    private static async Task<(string Status, string Text)> OutcomeAsync(HttpResponseMessage response)
    {
        var status = OrganizationScenario.Outcome(response);
        if (status == Ok) return (status, $"{(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        string? detail = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
                detail = json.RootElement.TryGetProperty("code", out var code) ? code.GetString()
                    : json.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
        }
        catch (JsonException)
        {
            detail = body.Length > 80 ? body[..80] + "..." : body;
        }
        return (status, string.IsNullOrWhiteSpace(detail) ? status : $"{status} ({detail})");
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

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();

    /// <summary>A route parameter with its constraint or default (<c>{orgId:guid}</c>), captured without it.</summary>
    [GeneratedRegex(@"\{\**(\w+)[^}]*\}")]
    private static partial Regex Constraint();

    private enum Rule
    {
        /// <summary>The same answer for every caller.</summary>
        Fixed,
        Public,
        SignedIn,
        /// <summary>Any member of organization A, whatever the role.</summary>
        Member,
        /// <summary>A permission in organization A as a whole.</summary>
        Permission,
        /// <summary>Organization A's owners only.</summary>
        Owner,
        /// <summary>Only the person an invitation was sent to.</summary>
        Invitee,
        Buyer,
        /// <summary>Reading an event: public once published, staff-only (404) while a draft.</summary>
        EventRead,
        /// <summary>A permission for the event (403), the draft hidden (404) from all but its organization's staff.</summary>
        EventPermission,
        /// <summary>Anyone signed in, for an event they can see.</summary>
        EventSignedIn,
        /// <summary>Only the participant, about their own place on an event they can see.</summary>
        EventBuyer,
    }

    /// <summary>What a row is asked about: the organization, or an event in some state.</summary>
    private enum On
    {
        Organization,
        Published,
        Draft,
        Unknown,
    }

    private sealed record Access(Rule Rule, string? Permission = null, string? Status = null);

    /// <summary>Route parameters (and anything else) one row's cases need; made once per target, again after a case used it up.</summary>
    private sealed record Fixture(Dictionary<string, string> Values, object? Data = null)
    {
        public static Fixture None => new([]);
    }

    private sealed record Context(AuthorizationScenario S, EventTarget Target, CallerKind Caller, Fixture Fixture);

    private sealed record Row(string Route, Access Access, On On = On.Organization)
    {
        public Func<AuthorizationScenario, EventTarget, Task<Fixture>>? Setup { get; init; }

        public Func<Context, HttpContent>? Body { get; init; }

        /// <summary>A success uses the fixture up (deleted, cancelled, claimed): the next caller gets a new one.</summary>
        public bool Consumes { get; init; }

        /// <summary>Where the general rule does not say it: the domain's answer once the caller is let through.</summary>
        public Dictionary<CallerKind, string> Overrides { get; init; } = [];

        /// <summary>A look at a successful answer's content; returns what is wrong, or null.</summary>
        public Func<Context, HttpResponseMessage, Task<string?>>? Check { get; init; }

        public string CheckSays { get; init; } = "";

        public Func<AuthorizationScenario, Task>? After { get; init; }

        public string Method => Route[..Route.IndexOf(' ', StringComparison.Ordinal)];

        public string Pattern => Route[(Route.IndexOf(' ', StringComparison.Ordinal) + 1)..];

        public string Name => On switch
        {
            On.Published => $"{Route} [published event]",
            On.Draft => $"{Route} [draft]",
            On.Unknown => $"{Route} [unknown event]",
            _ => Route,
        };
    }
}

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
            Rule.EventParticipant => row.On switch
            {
                On.Published => caller == Participant || IsStaffOfTheTarget(caller) ? Ok : "403",
                On.Draft => IsStaffOfTheTarget(caller) ? Ok : "404",
                _ => "404",
            },
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
            : throw new InvalidOperationException($"{row.Name}: nothing fills {m.Value}")) + row.Query;
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
        /// <summary>The event's staff and ticket holders (the live channel); a draft hidden (404) from all but its staff.</summary>
        EventParticipant,
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

        /// <summary>A query string the route needs to get past its own validation, such as <c>?format=csv</c>.</summary>
        public string Query { get; init; } = "";

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

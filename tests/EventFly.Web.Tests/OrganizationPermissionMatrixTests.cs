using System.Net;
using System.Net.Http.Json;

namespace EventFly.Web.Tests;

public enum Caller
{
    Anonymous,
    NonMember,
    MemberWithout,
    MemberWith,
    Owner,
}

/// <summary>One organization scenario shared by every case of the matrix (cases run one after another).</summary>
public class MatrixFactory : EventFlyFactory
{
    private Task<OrganizationScenario>? _scenario;

    public Task<OrganizationScenario> ScenarioAsync() => _scenario ??= OrganizationScenario.CreateAsync(this);
}

/// <summary>Every organization endpoint × every kind of caller: who may, who may not, and how they are told.</summary>
public sealed class OrganizationPermissionMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>, IAsyncLifetime
{
    private OrganizationScenario _scenario = null!;

    public async ValueTask InitializeAsync() => _scenario = await factory.ScenarioAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Endpoint name → which callers succeed (and with what), everyone else as the rule says.</summary>
    public static TheoryData<string, Caller> Cases()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var endpoint in Endpoints.Keys)
            foreach (var caller in Enum.GetValues<Caller>())
                data.Add(endpoint, caller);
        return data;
    }

    private static readonly Dictionary<string, (string Rule, Func<OrganizationScenario, Task<HttpRequestMessage>> Request)> Endpoints = new()
    {
        ["GET organization"] = ("member", s => Get(s.Url())),
        ["PUT organization"] = ("staff.manage", s => Json(HttpMethod.Put, s.Url(), new { name = "Matrix Org", description = "Renamed in the matrix" })),
        ["GET roles"] = ("staff.manage", s => Get(s.Url("/roles"))),
        ["POST roles"] = ("staff.manage", s => Json(HttpMethod.Post, s.Url("/roles"), new { name = $"Role {Guid.NewGuid():N}", permissions = new[] { "checkin.scan" } })),
        ["PUT role"] = ("staff.manage", async s => await Json(HttpMethod.Put, s.Url($"/roles/{await s.CreateRoleAsync("Editable", [])}"), new { name = $"Edited {Guid.NewGuid():N}", permissions = new[] { "orders.view" } })),
        ["DELETE role"] = ("staff.manage", async s => new HttpRequestMessage(HttpMethod.Delete, s.Url($"/roles/{await s.CreateRoleAsync("Doomed", [])}"))),
        ["GET staff"] = ("staff.manage", s => Get(s.Url("/staff"))),
        ["PUT staff"] = ("staff.manage", async s => await Json(HttpMethod.Put, s.Url($"/staff/{(await s.AddMemberAsync(s.EmptyRoleId)).UserId}"), new { roleId = s.StaffRoleId })),
        ["DELETE staff"] = ("staff.manage", async s => new HttpRequestMessage(HttpMethod.Delete, s.Url($"/staff/{(await s.AddMemberAsync(s.EmptyRoleId)).UserId}"))),
        ["GET invitations"] = ("staff.manage", s => Get(s.Url("/invitations"))),
        ["POST invitations"] = ("staff.manage", s => Json(HttpMethod.Post, s.Url("/invitations"), new { email = $"new-{Guid.NewGuid():N}@tests.eventfly.dev", roleId = s.EmptyRoleId })),
        ["POST invitation resend"] = ("staff.manage", async s => new HttpRequestMessage(HttpMethod.Post, s.Url($"/invitations/{(await s.InviteAsync($"r-{Guid.NewGuid():N}@tests.eventfly.dev", s.EmptyRoleId)).Id}/resend"))),
        ["DELETE invitation"] = ("staff.manage", async s => new HttpRequestMessage(HttpMethod.Delete, s.Url($"/invitations/{(await s.InviteAsync($"d-{Guid.NewGuid():N}@tests.eventfly.dev", s.EmptyRoleId)).Id}"))),
        ["GET audit"] = ("owner", s => Get(s.Url("/audit"))),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersEachCallerAsItsRuleSays(string endpoint, Caller caller)
    {
        var (rule, build) = Endpoints[endpoint];
        using var request = await build(_scenario);
        var client = _scenario.ClientFor(caller);

        var response = await client.SendAsync(request);

        var allowed = caller switch
        {
            Caller.Anonymous or Caller.NonMember => false,
            Caller.MemberWithout => rule == "member",
            Caller.MemberWith => rule is "member" or "staff.manage",
            _ => true,
        };
        var expected = caller == Caller.Anonymous ? "401" : allowed ? "2xx" : "403";
        var actual = OrganizationScenario.Outcome(response);
        Assert.True(expected == actual, $"{endpoint} as {caller}: expected {expected}, got {actual} {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));

    private static Task<HttpRequestMessage> Json(HttpMethod method, string url, object body) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) });
}

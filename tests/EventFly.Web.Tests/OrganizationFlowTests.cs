using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

public sealed class OrganizationFlowTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task Invitation_EmailLinkAccepted_JoinsWithTheInvitedRole()
    {
        var s = await factory.ScenarioAsync();
        var (email, invitee) = await factory.CreateSignedInUserAsync();
        await s.InviteAsync(email, s.StaffRoleId);

        var mail = await OrganizationScenario.ReadInvitationEmailAsync(factory, email);
        var token = await OrganizationScenario.ReadInvitationTokenAsync(factory, email);
        var preview = await invitee.GetFromJsonAsync<InvitationPreviewResponse>($"/api/invitations/{token}");
        var accepted = await invitee.PostAsync($"/api/invitations/{token}/accept", null);
        var staff = await s.Owner.GetFromJsonAsync<List<StaffResponse>>(s.Url("/staff"));
        var mine = await invitee.GetFromJsonAsync<List<MyOrganizationResponse>>("/api/organizations");

        Assert.Contains("Matrix Org", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Accept the invitation", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(InvitationState.Pending, preview!.Status);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(staff!, m => m.Email == email && m.RoleId == s.StaffRoleId);
        Assert.Equal(["staff.manage"], mine!.Single(o => o.Id == s.OrganizationId).Permissions);
    }

    [Fact]
    public async Task Invitation_AcceptedByAnotherAddress_Is409AndJoinsNobody()
    {
        var s = await factory.ScenarioAsync();
        var email = $"invited-{Guid.NewGuid():N}@tests.eventfly.dev";
        await s.InviteAsync(email, s.EmptyRoleId);
        var token = await OrganizationScenario.ReadInvitationTokenAsync(factory, email);
        var (_, stranger) = await factory.CreateSignedInUserAsync();

        var response = await stranger.PostAsync($"/api/invitations/{token}/accept", null);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "invitation_email_mismatch");
        Assert.Empty(await stranger.GetFromJsonAsync<List<MyOrganizationResponse>>("/api/organizations") ?? []);
    }

    [Fact]
    public async Task Invitation_Revoked_CannotBeAccepted()
    {
        var s = await factory.ScenarioAsync();
        var (email, invitee) = await factory.CreateSignedInUserAsync();
        var invitation = await s.InviteAsync(email, s.EmptyRoleId);
        var token = await OrganizationScenario.ReadInvitationTokenAsync(factory, email);
        (await s.Owner.DeleteAsync(s.Url($"/invitations/{invitation.Id}"))).EnsureSuccessStatusCode();

        var response = await invitee.PostAsync($"/api/invitations/{token}/accept", null);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "invitation_revoked");
    }

    [Fact]
    public async Task Invitation_AcceptedTwice_SecondIs409()
    {
        var s = await factory.ScenarioAsync();
        var (email, invitee) = await factory.CreateSignedInUserAsync();
        await s.InviteAsync(email, s.EmptyRoleId);
        var token = await OrganizationScenario.ReadInvitationTokenAsync(factory, email);
        (await invitee.PostAsync($"/api/invitations/{token}/accept", null)).EnsureSuccessStatusCode();

        var again = await invitee.PostAsync($"/api/invitations/{token}/accept", null);

        await AssertProblemAsync(again, HttpStatusCode.Conflict, "invitation_already_accepted");
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Invitation_ForgedToken_Is404(string token)
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var preview = await client.GetAsync($"/api/invitations/{token}");
        var accept = await client.PostAsync($"/api/invitations/{token}/accept", null);

        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }

    [Fact]
    public async Task Invite_ExistingMember_Is409()
    {
        var s = await factory.ScenarioAsync();
        var me = await s.MemberWith.GetFromJsonAsync<MeResponse>("/api/me");

        var response = await s.Owner.PostAsJsonAsync(s.Url("/invitations"), new { email = me!.Email, roleId = s.EmptyRoleId });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "already_member");
    }

    [Fact]
    public async Task Invite_SameAddressTwice_Is409AlreadyInvited()
    {
        var s = await factory.ScenarioAsync();
        var email = $"twice-{Guid.NewGuid():N}@tests.eventfly.dev";
        await s.InviteAsync(email, s.EmptyRoleId);

        var response = await s.Owner.PostAsJsonAsync(s.Url("/invitations"), new { email, roleId = s.EmptyRoleId });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "already_invited");
    }

    [Fact]
    public async Task Invite_WithBadEmail_Is400WithFieldError()
    {
        var s = await factory.ScenarioAsync();

        var response = await s.Owner.PostAsJsonAsync(s.Url("/invitations"), new { email = "nope", roleId = s.EmptyRoleId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Role_WithDuplicateNameOrUnknownPermission_IsRejectedAndNothingStored()
    {
        var s = await factory.ScenarioAsync();
        var before = await s.Owner.GetFromJsonAsync<List<RoleResponse>>(s.Url("/roles"));

        var duplicate = await s.Owner.PostAsJsonAsync(s.Url("/roles"), new { name = "manager", permissions = Array.Empty<string>() });
        var unknown = await s.Owner.PostAsJsonAsync(s.Url("/roles"), new { name = "Wizard", permissions = new[] { "magic.cast" } });
        var after = await s.Owner.GetFromJsonAsync<List<RoleResponse>>(s.Url("/roles"));

        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "duplicate_role_name");
        await AssertProblemAsync(unknown, HttpStatusCode.Conflict, "invalid_permission");
        Assert.Equal(before!.Count, after!.Count);
    }

    [Fact]
    public async Task LastOwner_CannotBeRemovedOrDemoted()
    {
        var s = await factory.ScenarioAsync();
        var owner = await s.Owner.GetFromJsonAsync<MeResponse>("/api/me");

        var remove = await s.Owner.DeleteAsync(s.Url($"/staff/{owner!.Id}"));
        var demote = await s.Owner.PutAsJsonAsync(s.Url($"/staff/{owner.Id}"), new { roleId = s.EmptyRoleId });

        await AssertProblemAsync(remove, HttpStatusCode.Conflict, "last_owner");
        await AssertProblemAsync(demote, HttpStatusCode.Conflict, "last_owner");
        var staff = await s.Owner.GetFromJsonAsync<List<StaffResponse>>(s.Url("/staff"));
        Assert.Contains(staff!, m => m.UserId == owner.Id && m.IsOwner);
    }

    [Fact]
    public async Task DeleteRole_InUse_NeedsReassignment_ThenMovesItsHolders()
    {
        var s = await factory.ScenarioAsync();
        var roleId = await s.CreateRoleAsync("Temporary", ["checkin.scan"]);
        var (userId, _) = await s.AddMemberAsync(roleId);

        var refused = await s.Owner.DeleteAsync(s.Url($"/roles/{roleId}"));
        var reassigned = await s.Owner.DeleteAsync(s.Url($"/roles/{roleId}?reassignTo={s.EmptyRoleId}"));
        var staff = await s.Owner.GetFromJsonAsync<List<StaffResponse>>(s.Url("/staff"));

        await AssertProblemAsync(refused, HttpStatusCode.Conflict, "role_in_use");
        Assert.Equal(HttpStatusCode.NoContent, reassigned.StatusCode);
        Assert.Equal(s.EmptyRoleId, staff!.Single(m => m.UserId == userId).RoleId);
    }

    [Fact]
    public async Task UnknownRole_Is404()
    {
        var s = await factory.ScenarioAsync();

        var response = await s.Owner.PutAsJsonAsync(s.Url($"/roles/{Guid.NewGuid()}"), new { name = "Ghost", permissions = Array.Empty<string>() });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "unknown_role");
    }

    [Fact]
    public async Task AuditLog_RecordsWhoChangedWhat()
    {
        var s = await factory.ScenarioAsync();
        await s.CreateRoleAsync("Audited", ["orders.view"]);

        var audit = await s.Owner.GetFromJsonAsync<List<AuditEntryResponse>>(s.Url("/audit"));

        Assert.Contains(audit!, a => a.Action == "role.created" && a.Details.Contains("Audited", StringComparison.Ordinal));
        Assert.Contains(audit!, a => a.Action == "invitation.accepted");
        Assert.Contains(audit!, a => a.Action == "organization.created");
    }

    [Fact]
    public async Task Permissions_ListsTheContractsNames()
    {
        using var client = factory.CreateClient();

        var permissions = await client.GetFromJsonAsync<List<string>>("/api/permissions");

        Assert.Equal(["events.manage", "tickets.manage", "orders.view", "orders.refund", "checkin.scan", "feed.manage",
            "feedback.view", "analytics.view", "staff.manage", "billing.manage"], permissions);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }
}

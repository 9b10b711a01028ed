using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EventFly.Client.Contracts;
using MimeKit;

namespace EventFly.Web.Tests;

/// <summary>An organization with an owner, a member whose role grants nothing, and one whose role manages staff.</summary>
public sealed partial class OrganizationScenario
{
    private OrganizationScenario(EventFlyFactory factory) => Factory = factory;

    public EventFlyFactory Factory { get; }

    public Guid OrganizationId { get; private set; }

    public HttpClient Owner { get; private set; } = null!;

    public HttpClient NonMember { get; private set; } = null!;

    /// <summary>Holds a custom role with no permissions at all.</summary>
    public HttpClient MemberWithout { get; private set; } = null!;

    /// <summary>Holds a custom role with <c>staff.manage</c> only.</summary>
    public HttpClient MemberWith { get; private set; } = null!;

    public Guid EmptyRoleId { get; private set; }

    public Guid StaffRoleId { get; private set; }

    public static async Task<OrganizationScenario> CreateAsync(EventFlyFactory factory)
    {
        var scenario = new OrganizationScenario(factory);
        (_, scenario.Owner) = await factory.CreateSignedInUserAsync();
        (_, scenario.NonMember) = await factory.CreateSignedInUserAsync();
        var created = await scenario.Owner.PostAsJsonAsync("/api/organizations", new { name = "Matrix Org" });
        scenario.OrganizationId = (await created.Content.ReadFromJsonAsync<OrganizationResponse>())!.Id;
        scenario.EmptyRoleId = await scenario.CreateRoleAsync("Nothing", []);
        scenario.StaffRoleId = await scenario.CreateRoleAsync("Staff admin", ["staff.manage"]);
        (_, scenario.MemberWithout) = await scenario.AddMemberAsync(scenario.EmptyRoleId);
        (_, scenario.MemberWith) = await scenario.AddMemberAsync(scenario.StaffRoleId);
        return scenario;
    }

    public string Url(string path = "") => $"/api/organizations/{OrganizationId}{path}";

    /// <summary>"2xx", or the status code: how the authorization matrix states what it expects.</summary>
    public static string Outcome(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 200 and < 300 ? "2xx" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<Guid> CreateRoleAsync(string name, string[] permissions)
    {
        var response = await Owner.PostAsJsonAsync(Url("/roles"), new { name = $"{name} {Guid.NewGuid():N}"[..Math.Min(60, name.Length + 33)], permissions });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RoleResponse>())!.Id;
    }

    public async Task<InvitationResponse> InviteAsync(string email, Guid roleId)
    {
        var response = await Owner.PostAsJsonAsync(Url("/invitations"), new { email, roleId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<InvitationResponse>())!;
    }

    /// <summary>Registers a new user, invites them with the role, reads the e-mail and accepts through its link.</summary>
    public async Task<(Guid UserId, HttpClient Client)> AddMemberAsync(Guid roleId)
    {
        var (email, client) = await Factory.CreateSignedInUserAsync();
        await InviteAsync(email, roleId);
        var token = await ReadInvitationTokenAsync(Factory, email);
        (await client.PostAsync($"/api/invitations/{token}/accept", null)).EnsureSuccessStatusCode();
        var me = await client.GetFromJsonAsync<MeResponse>("/api/me");
        return (me!.Id, client);
    }

    /// <summary>Flushes the outbox and returns the token of the newest invitation e-mail sent to <paramref name="email"/>.</summary>
    public static async Task<string> ReadInvitationTokenAsync(EventFlyFactory factory, string email)
    {
        var message = await ReadInvitationEmailAsync(factory, email);
        var match = AcceptLink().Match(message.TextBody ?? "");
        Assert.True(match.Success, "no accept link in: " + message.TextBody);
        return match.Groups[1].Value;
    }

    /// <summary>Dispatches the outbox until an e-mail to <paramref name="email"/> whose subject contains <paramref name="subject"/> is sent (at most 10 s).</summary>
    public static async Task<MimeMessage> WaitForEmailAsync(EventFlyFactory factory, string email, string subject)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = (await EmailsToAsync(factory, email)).LastOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));
            if (found is not null) return found;
            Assert.True(attempt < 50, $"No e-mail '{subject}' to {email}.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// The newest invitation to <paramref name="email"/>: an account's address also gets a confirmation mail when it
    /// registers, which the same outbox round may send after the invitation.
    /// </summary>
    public static async Task<MimeMessage> ReadInvitationEmailAsync(EventFlyFactory factory, string email)
    {
        var invitation = (await EmailsToAsync(factory, email)).LastOrDefault(m => AcceptLink().IsMatch(m.TextBody ?? ""));
        Assert.True(invitation is not null, $"No invitation e-mail to {email}.");
        return invitation;
    }

    /// <summary>Flushes the outbox once and reads the e-mails sent to <paramref name="email"/>, oldest first.</summary>
    private static async Task<List<MimeMessage>> EmailsToAsync(EventFlyFactory factory, string email)
    {
        await factory.DispatchOutboxAsync();
        var folder = Path.Combine(factory.DatabaseFolder, "mail");
        var messages = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase))).ToList()
            : [];
        return messages;
    }

    // The text part writes a link as "text (url)".
    [GeneratedRegex(@"/organizer/invitations/([^\s)]+)")]
    private static partial Regex AcceptLink();
}

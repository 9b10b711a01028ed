using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventFly.E2E.Tests;

public sealed partial class TeamFlowTests(HostFixture host) : BrowserTest(host)
{
    [Fact]
    public async Task Owner_BuildsATeamWithACustomRole_StaffAcceptsByEmailAndSeesOnlyWhatTheRoleAllows()
    {
        var owner = await NewSignedInPageAsync(PageExtensions.NewEmail("owner"));

        // Create the organization in the portal.
        await owner.GotoAsync("/organizer");
        await owner.WaitForAppAsync();
        await owner.Locator("[data-testid=new-organization]").ClickAsync();
        await owner.Field("organization-name").FillAsync("Harbour Nights");
        await owner.Locator("[data-testid=create]").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Harbour Nights" })).ToBeVisibleAsync();

        // A custom role with two permissions, through the role editor.
        await owner.OpenTabAsync("Roles");
        await owner.Locator("[data-testid=new-role]").ClickAsync();
        await owner.Field("role-name").FillAsync("Door supervisor");
        await owner.Locator("[data-testid='perm-checkin.scan'] input, input[data-testid='perm-checkin.scan']").First.CheckAsync();
        await owner.Locator("[data-testid='perm-orders.view'] input, input[data-testid='perm-orders.view']").First.CheckAsync();
        await owner.ScreenshotAsync("organizer-role-editor");
        await owner.Locator("[data-testid=save-role]").ClickAsync();
        await Expect(owner.Locator("[data-testid=roles-table]").GetByText("Door supervisor")).ToBeVisibleAsync();

        // Invite a staff member with that role.
        var staffEmail = PageExtensions.NewEmail("door");
        await owner.OpenTabAsync("Invitations");
        await owner.Field("invite-email").FillAsync(staffEmail);
        await owner.Locator("[data-testid=invite-role]").ClickAsync();
        await owner.GetByRole(AriaRole.Option, new() { Name = "Door supervisor" }).ClickAsync();
        await owner.Locator("[data-testid=send-invitation]").ClickAsync();
        await Expect(owner.Locator("[data-testid=invitations-table]").GetByText(staffEmail)).ToBeVisibleAsync();
        await owner.ScreenshotAsync("organizer-invitations");

        // The invitee has an account with the invited address and follows the e-mail's link.
        var link = await WaitForInvitationLinkAsync(staffEmail);
        var staff = await NewSignedInPageAsync(staffEmail);
        await staff.GotoAsync(link);
        await staff.WaitForAppAsync();
        await Expect(staff.GetByText("Harbour Nights")).ToBeVisibleAsync();
        await staff.ScreenshotAsync("invitation-accept");
        await staff.Locator("[data-testid=accept-invitation]").ClickAsync();

        // Staff sees their permissions and no team management.
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Harbour Nights" })).ToBeVisibleAsync();
        await Expect(staff.Locator("[data-testid=my-permissions]")).ToContainTextAsync("Check in");
        await Expect(staff.Locator("[data-testid=my-permissions]")).ToContainTextAsync("View orders");
        await Expect(staff.GetByRole(AriaRole.Tab, new() { Name = "Roles" })).ToHaveCountAsync(0);

        // The owner sees the new staff member and the audit trail.
        await owner.ReloadAsync();
        await owner.WaitForAppAsync();
        await Expect(owner.Locator("[data-testid=staff-table]").GetByText(staffEmail)).ToBeVisibleAsync();
        await owner.ScreenshotAsync("organizer-staff");
        await owner.OpenTabAsync("Audit log");
        await Expect(owner.Locator("[data-testid=audit-table]").GetByText($"{staffEmail} joined as 'Door supervisor'")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task InvitationLink_OpenedByAnotherAccount_ShowsWhyItCannotBeAccepted()
    {
        var owner = await NewSignedInPageAsync(PageExtensions.NewEmail("owner2"));
        await owner.GotoAsync("/organizer");
        await owner.WaitForAppAsync();
        await owner.Locator("[data-testid=new-organization]").ClickAsync();
        await owner.Field("organization-name").FillAsync("Other Org");
        await owner.Locator("[data-testid=create]").ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = "Other Org" })).ToBeVisibleAsync();
        await owner.OpenTabAsync("Invitations");
        var invited = PageExtensions.NewEmail("invited");
        await owner.Field("invite-email").FillAsync(invited);
        await owner.Locator("[data-testid=invite-role]").ClickAsync();
        await owner.GetByRole(AriaRole.Option, new() { Name = "Analyst" }).ClickAsync();
        await owner.Locator("[data-testid=send-invitation]").ClickAsync();
        await Expect(owner.Locator("[data-testid=invitations-table]").GetByText(invited)).ToBeVisibleAsync();
        var link = await WaitForInvitationLinkAsync(invited);

        var stranger = await NewSignedInPageAsync(PageExtensions.NewEmail("stranger"));
        await stranger.GotoAsync(link);
        await stranger.WaitForAppAsync();
        await stranger.Locator("[data-testid=accept-invitation]").ClickAsync();

        await Expect(stranger.Locator("[data-testid=invitation-error]")).ToContainTextAsync("another e-mail address");
    }

    private Task<string> WaitForInvitationLinkAsync(string email) => Mailbox.WaitForLinkAsync(Host.MailFolder, email, AcceptLink());

    [GeneratedRegex(@"(https?://[^\s""<>]+/organizer/invitations/[A-Za-z0-9_%\-]+)")]
    private static partial Regex AcceptLink();
}

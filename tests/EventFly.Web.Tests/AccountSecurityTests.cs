using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventFly.Client.Contracts;
using EventFly.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace EventFly.Web.Tests;

/// <summary>The host with <c>EventFly:Identity:RequireConfirmedEmail</c> on.</summary>
public sealed class ConfirmedEmailFactory : EventFlyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EventFly:Identity:RequireConfirmedEmail", "true");
    }
}

/// <summary>Password reset, e-mail confirmation and two-factor sign-in through Identity's endpoints and our mails.</summary>
public sealed partial class AccountSecurityTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    private const string NewPassword = "New!Pass2";

    [Fact]
    public async Task Register_SendsAConfirmationMail_WhoseAppLinkConfirmsTheAddress()
    {
        var (email, client) = await factory.CreateSignedInUserAsync();
        Assert.False((await client.GetFromJsonAsync<MeResponse>("/api/me"))!.EmailConfirmed);

        var link = await AccountMailbox.ConfirmationLinkAsync(factory, email);
        using var anonymous = factory.CreateClient();
        var confirmed = await anonymous.GetAsync("/api/auth/confirmEmail" + link.Query);

        Assert.Equal("/confirm-email", link.AbsolutePath);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, $"{link} → {(int)confirmed.StatusCode} {await confirmed.Content.ReadAsStringAsync()}");
        Assert.True((await client.GetFromJsonAsync<MeResponse>("/api/me"))!.EmailConfirmed);
    }

    [Fact]
    public async Task ConfirmEmail_WithTheSameLinkTwice_IsHarmless()
    {
        var (email, client) = await factory.CreateSignedInUserAsync();
        var link = await AccountMailbox.ConfirmationLinkAsync(factory, email);
        using var anonymous = factory.CreateClient();

        var first = await anonymous.GetAsync("/api/auth/confirmEmail" + link.Query);
        var second = await anonymous.GetAsync("/api/auth/confirmEmail" + link.Query);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True((await client.GetFromJsonAsync<MeResponse>("/api/me"))!.EmailConfirmed);
    }

    [Theory]
    [InlineData("forged-code")]
    [InlineData("Q2ZESjh")]
    public async Task ConfirmEmail_WithAForgedCode_Is400AndConfirmsNothing(string code)
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        var me = await client.GetFromJsonAsync<MeResponse>("/api/me");
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/api/auth/confirmEmail?userId={me!.Id}&code={code}");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid_confirmation_link");
        Assert.False((await client.GetFromJsonAsync<MeResponse>("/api/me"))!.EmailConfirmed);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    public async Task ConfirmEmail_ForNoAccount_Is400(string userId)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/api/auth/confirmEmail?userId={userId}&code=Q2ZESjh");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "invalid_confirmation_link");
    }

    [Fact]
    public async Task ForgotPassword_TheMailedLinkResetsThePassword()
    {
        var email = await AccountMailbox.CreateConfirmedUserAsync(factory);
        using var anonymous = factory.CreateClient();

        (await anonymous.PostAsJsonAsync("/api/auth/forgotPassword", new { email })).EnsureSuccessStatusCode();
        var link = await AccountMailbox.ResetLinkAsync(factory, email);
        var query = QueryHelpers.ParseQuery(link.Query);
        var reset = await anonymous.PostAsJsonAsync("/api/auth/resetPassword",
            new { email = query["email"].ToString(), resetCode = query["code"].ToString(), newPassword = NewPassword });

        Assert.Equal("/reset-password", link.AbsolutePath);
        Assert.Equal(email, query["email"].ToString());
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_WithALinkAlreadyUsed_Is400AndChangesNothing()
    {
        var email = await AccountMailbox.CreateConfirmedUserAsync(factory);
        using var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/auth/forgotPassword", new { email })).EnsureSuccessStatusCode();
        var code = QueryHelpers.ParseQuery((await AccountMailbox.ResetLinkAsync(factory, email)).Query)["code"].ToString();
        (await anonymous.PostAsJsonAsync("/api/auth/resetPassword", new { email, resetCode = code, newPassword = NewPassword })).EnsureSuccessStatusCode();

        var again = await anonymous.PostAsJsonAsync("/api/auth/resetPassword", new { email, resetCode = code, newPassword = "Other!Pass3" });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True(await ErrorsAsync(again) is var errors && errors.TryGetProperty("invalidToken", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "Other!Pass3" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).StatusCode);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("Q2ZESjhBTkxFUUFBQUFBQUFBQUFBQUFBQUFB")]
    public async Task ResetPassword_WithAForgedCode_Is400AndChangesNothing(string code)
    {
        var email = await AccountMailbox.CreateConfirmedUserAsync(factory);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/auth/resetPassword", new { email, resetCode = code, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ErrorsAsync(response)).TryGetProperty("invalidToken", out _));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_AnswersTheSameAndSendsNothing()
    {
        var known = await AccountMailbox.CreateConfirmedUserAsync(factory);
        var unknown = $"nobody-{Guid.NewGuid():N}@tests.eventfly.dev";
        using var anonymous = factory.CreateClient();

        var forKnown = await anonymous.PostAsJsonAsync("/api/auth/forgotPassword", new { email = known });
        var forUnknown = await anonymous.PostAsJsonAsync("/api/auth/forgotPassword", new { email = unknown });

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(await forKnown.Content.ReadAsStringAsync(), await forUnknown.Content.ReadAsStringAsync());
        await AccountMailbox.ResetLinkAsync(factory, known); // the known address did get its mail (so the outbox was sent)
        Assert.Empty(await AccountMailbox.ToAsync(factory, unknown));
    }

    [Fact]
    public async Task CreateOrganization_WithoutConfirmation_IsAllowedWhenNotRequired()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "Unconfirmed is fine" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task TwoFactor_EnabledWithATotpCode_SignInNeedsACodeOrRecoveryCode_EachAcceptedOnce()
    {
        var (email, client) = await factory.CreateSignedInUserAsync();
        var setup = await (await client.PostAsJsonAsync("/api/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        Assert.False(setup!.IsTwoFactorEnabled);

        var right = Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow);
        var wrong = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { enable = true, twoFactorCode = right[..5] + (char)('0' + ((right[5] - '0' + 5) % 10)) });
        var enableCode = Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow);
        var enabled = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { enable = true, twoFactorCode = enableCode });
        var state = await enabled.Content.ReadFromJsonAsync<TwoFactorState>();
        using var anonymous = factory.CreateClient();
        var withoutCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password });
        // The code that turned two-factor on is spent; the authenticator's next code (inside the accepted window) signs in once.
        var withEnableCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password, twoFactorCode = enableCode });
        var nextCode = Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow.AddSeconds(30));
        var withCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password, twoFactorCode = nextCode });
        var withCodeAgain = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password, twoFactorCode = nextCode });
        var recovery = state!.RecoveryCodes![0];
        var withRecoveryCode = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password, twoFactorRecoveryCode = recovery });
        var recoveryCodeAgain = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password, twoFactorRecoveryCode = recovery });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(state.IsTwoFactorEnabled);
        Assert.Equal(10, state.RecoveryCodes.Length);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal("RequiresTwoFactor", await DetailAsync(withoutCode));
        Assert.Equal(HttpStatusCode.Unauthorized, withEnableCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCodeAgain.StatusCode);
        Assert.False(string.IsNullOrEmpty((await withCode.Content.ReadFromJsonAsync<EventFlyFactory.TokenResponse>())!.AccessToken));
        Assert.Equal(HttpStatusCode.OK, withRecoveryCode.StatusCode);
        Assert.False(string.IsNullOrEmpty((await withRecoveryCode.Content.ReadFromJsonAsync<EventFlyFactory.TokenResponse>())!.AccessToken));
        Assert.Equal(HttpStatusCode.Unauthorized, recoveryCodeAgain.StatusCode);
    }

    [Fact]
    public async Task TwoFactor_TurnedOff_SignInNeedsThePasswordOnly()
    {
        var (email, client) = await factory.CreateSignedInUserAsync();
        var setup = await (await client.PostAsJsonAsync("/api/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();
        (await client.PostAsJsonAsync("/api/auth/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(setup!.SharedKey, DateTimeOffset.UtcNow) })).EnsureSuccessStatusCode();

        var disabled = await client.PostAsJsonAsync("/api/auth/manage/2fa", new { enable = false, resetSharedKey = true });
        using var anonymous = factory.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password });

        Assert.False((await disabled.Content.ReadFromJsonAsync<TwoFactorState>())!.IsTwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task TwoFactor_ChangedOverACookieSession_ReissuesTheCookie()
    {
        var (email, _) = await factory.CreateSignedInUserAsync();
        using var browser = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password })).EnsureSuccessStatusCode();
        var setup = await (await browser.PostAsJsonAsync("/api/auth/manage/2fa", new { })).Content.ReadFromJsonAsync<TwoFactorState>();

        var enabled = await browser.PostAsJsonAsync("/api/auth/manage/2fa", new { enable = true, twoFactorCode = Totp.Code(setup!.SharedKey, DateTimeOffset.UtcNow) });

        enabled.EnsureSuccessStatusCode();
        Assert.Contains(enabled.Headers.GetValues("Set-Cookie"), c => c.StartsWith("eventfly.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").Clone();

    private static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
}

public sealed class RequiredEmailConfirmationTests(ConfirmedEmailFactory factory) : IClassFixture<ConfirmedEmailFactory>
{
    [Fact]
    public async Task CreateOrganization_WithAnUnconfirmedAddress_Is403EmailNotConfirmed()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "Too early" });

        await AccountSecurityTests.AssertProblemAsync(response, HttpStatusCode.Forbidden, "email_not_confirmed");
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/organizations")).EnumerateArray());
    }

    [Fact]
    public async Task CreateOrganization_AfterConfirming_IsCreated()
    {
        var email = await AccountMailbox.CreateConfirmedUserAsync(factory);
        using var client = await factory.CreateBearerClientAsync(email, EventFlyFactory.Password);

        var response = await client.PostAsJsonAsync("/api/organizations", new { name = "Confirmed first" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task BrowsingAndSignIn_WithAnUnconfirmedAddress_StillWork()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me/tickets")).StatusCode);
    }
}

public sealed class ForgotPasswordRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task ForgotPassword_BeyondTheLimit_Is429()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.PostAsJsonAsync("/api/auth/forgotPassword", new { email = "nobody@tests.eventfly.dev" });

        var response = await client.PostAsJsonAsync("/api/auth/forgotPassword", new { email = "nobody@tests.eventfly.dev" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}

/// <summary>The account mails as the pickup folder has them, and the app links in their text part.</summary>
public static partial class AccountMailbox
{
    /// <summary>Registers an account and opens the link of its confirmation mail.</summary>
    public static async Task<string> CreateConfirmedUserAsync(EventFlyFactory factory)
    {
        var (email, client) = await factory.CreateSignedInUserAsync();
        client.Dispose();
        var link = await ConfirmationLinkAsync(factory, email);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/api/auth/confirmEmail" + link.Query)).EnsureSuccessStatusCode();
        return email;
    }

    public static Task<Uri> ConfirmationLinkAsync(EventFlyFactory factory, string email) => LinkAsync(factory, email, "Confirm", ConfirmLink());

    public static Task<Uri> ResetLinkAsync(EventFlyFactory factory, string email) => LinkAsync(factory, email, "Reset", ResetLink());

    public static async Task<IReadOnlyList<MimeKit.MimeMessage>> ToAsync(EventFlyFactory factory, string email)
    {
        await factory.DispatchOutboxAsync();
        var folder = Path.Combine(factory.DatabaseFolder, "mail");
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))]
            : [];
    }

    private static async Task<Uri> LinkAsync(EventFlyFactory factory, string email, string subject, Regex link)
    {
        var message = await OrganizationScenario.WaitForEmailAsync(factory, email, subject);
        var match = link.Match(message.TextBody ?? "");
        Assert.True(match.Success, "no link in: " + message.TextBody);
        return new Uri(match.Value);
    }

    // The text part writes a link as "text (url)".
    [GeneratedRegex(@"https?://[^\s)]+/confirm-email\?[^\s)]+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"https?://[^\s)]+/reset-password\?[^\s)]+")]
    private static partial Regex ResetLink();
}

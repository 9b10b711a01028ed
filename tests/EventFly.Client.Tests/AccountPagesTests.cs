using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Client.Tests;

public sealed class AccountPagesTests : MudBlazorTestContext
{
    private readonly FakeAccountApi _accounts;

    public AccountPagesTests()
        : this(new FakeAccountApi())
    {
    }

    private AccountPagesTests(FakeAccountApi accounts)
        : base(context => context.Services.AddSingleton<IAccountApi>(accounts)
            .AddSingleton<IProfileApi>(new FakeProfileApi { Me = new MeResponse(Guid.NewGuid(), "ada@tests.eventfly.dev", "Ada", IsAdmin: false) }))
    {
        _accounts = accounts;
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
    }

    [Fact]
    public void Login_WhenTheAccountNeedsASecondFactor_AsksForTheCodeAndSendsItWithThePassword()
    {
        _accounts.Login = c => c.TwoFactorCode is null ? Fail("RequiresTwoFactor") : ApiResult<bool>.Ok(true);
        var cut = Render<Login>();
        cut.FindAll("input")[0].Input("ada@tests.eventfly.dev");
        cut.FindAll("input")[1].Input("Test!Pass1");

        cut.Find("form").Submit();
        cut.WaitForElement("[data-testid=two-factor-form]");
        cut.Find("input").Input("123 456");
        cut.Find("form").Submit();

        Assert.Equal(2, _accounts.Logins.Count);
        Assert.Equal("123456", _accounts.Logins[1].TwoFactorCode);
        Assert.Equal("Test!Pass1", _accounts.Logins[1].Password);
        Assert.Null(_accounts.Logins[1].TwoFactorRecoveryCode);
    }

    [Fact]
    public void Login_WithAWrongRecoveryCode_SaysSo()
    {
        _accounts.Login = _ => Fail(_accounts.Logins.Count == 1 ? "RequiresTwoFactor" : "Failed");
        var cut = Render<Login>();
        cut.FindAll("input")[0].Input("ada@tests.eventfly.dev");
        cut.FindAll("input")[1].Input("Test!Pass1");
        cut.Find("form").Submit();
        cut.WaitForElement("[data-testid=use-recovery-code]").Click();

        cut.Find("input").Input("ABCDE-12345");
        cut.Find("form").Submit();

        Assert.Equal("ABCDE-12345", _accounts.Logins[1].TwoFactorRecoveryCode);
        Assert.Contains("recovery code is wrong or was already used", cut.Find("[data-testid=login-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ResetPassword_WithALinkAlreadyUsed_SaysTheLinkIsNotValid()
    {
        _accounts.Reset = () => ApiResult<bool>.Fail("Invalid token.", new Dictionary<string, string[]> { ["invalidToken"] = ["Invalid token."] });
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reset-password?email=ada%40tests.eventfly.dev&code=used-code");
        var cut = Render<ResetPassword>();
        cut.FindAll("input")[0].Input("New!Pass2");
        cut.FindAll("input")[1].Input("New!Pass2");

        cut.Find("form").Submit();

        Assert.Contains("not valid any more", cut.Find("[data-testid=reset-password-error]").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/forgot-password");
    }

    [Fact]
    public void ResetPassword_WithoutCodeInTheLink_SaysItIsIncomplete()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/reset-password?email=ada%40tests.eventfly.dev");
        var cut = Render<ResetPassword>();

        Assert.Contains("incomplete", cut.Find("[data-testid=reset-password-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public void AccountSecurity_InGerman_TheTwoFactorSetupReadsGerman()
    {
        using var german = new GermanCulture();
        var cut = Render<AccountSecurity>();

        cut.WaitForElement("[data-testid=enable-two-factor-form]");
        Assert.Contains("Anmeldung & Sicherheit", cut.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains("Zwei-Faktor-Anmeldung", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("Aus", cut.Find("[data-testid=two-factor-status]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Scannen klappt nicht? Gib diesen Schlüssel ein:", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Prüfen und einschalten", cut.Find("[data-testid=enable-two-factor]").TextContent, StringComparison.Ordinal);

        cut.Find("form").Submit();

        Assert.Contains("Gib den Code ein.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Login_EmptyForm_KeepsTheEnglishMessages()
    {
        var cut = Render<Login>();

        cut.Find("form").Submit();

        Assert.Contains("The Email field is required.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("The Password field is required.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(_accounts.Logins);
    }

    [Fact]
    public void InGerman_LoginAndForgotPassword_AskForTheirFieldsInGerman()
    {
        using var german = new GermanCulture();
        var login = Render<Login>();

        login.Find("form").Submit();

        Assert.Contains("Gib deine E-Mail-Adresse ein.", login.Markup, StringComparison.Ordinal);
        Assert.Contains("Gib dein Passwort ein.", login.Markup, StringComparison.Ordinal);

        var forgot = Render<ForgotPassword>();
        forgot.Find("input").Input("not-an-address");
        forgot.Find("form").Submit();

        Assert.Contains("Das ist keine gültige E-Mail-Adresse.", forgot.Markup, StringComparison.Ordinal);
    }

    private static ApiResult<bool> Fail(string error) => ApiResult<bool>.Fail(error) with { Status = 401 };

    private sealed class FakeAccountApi : IAccountApi
    {
        public Func<Credentials, ApiResult<bool>> Login { get; set; } = _ => ApiResult<bool>.Ok(true);

        public Func<ApiResult<bool>> Reset { get; set; } = () => ApiResult<bool>.Ok(true);

        public List<Credentials> Logins { get; } = [];

        public Task<ApiResult<bool>> LoginAsync(Credentials credentials, CancellationToken cancellationToken = default)
        {
            // A copy: the page reuses its model for the next attempt.
            var sent = new Credentials
            {
                Email = credentials.Email, Password = credentials.Password,
                TwoFactorCode = credentials.TwoFactorCode, TwoFactorRecoveryCode = credentials.TwoFactorRecoveryCode,
            };
            Logins.Add(sent);
            return Task.FromResult(Login(sent));
        }

        public Task<ApiResult<bool>> ResetPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken = default) =>
            Task.FromResult(Reset());

        public Task<ApiResult<bool>> RegisterAsync(Credentials credentials, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ApiResult<bool>> ForgotPasswordAsync(string email, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ApiResult<bool>> ConfirmEmailAsync(string userId, string code, string? changedEmail, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<ApiResult<bool>> ResendConfirmationAsync(string email, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ApiResult<TwoFactorState>> TwoFactorAsync(TwoFactorChange change, CancellationToken cancellationToken = default) =>
            Task.FromResult(ApiResult<TwoFactorState>.Ok(new TwoFactorState("JBSWY3DPEHPK3PXP", 0, null, IsTwoFactorEnabled: false, IsMachineRemembered: false)));
    }
}

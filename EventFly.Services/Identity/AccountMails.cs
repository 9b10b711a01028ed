using EventFly.Services.Identity.Contracts;
using EventFly.Services.Identity.Mails;
using EventFly.Services.Identity.Persistence;
using EventFly.Services.Mail;
using EventFly.Services.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventFly.Services.Identity;

/// <summary>
/// Identity's mails (its register, resendConfirmationEmail and forgotPassword endpoints call this) through our pipeline:
/// rendered by <see cref="MailRenderer"/> in the account's language and sent through the outbox (ADR 0005). Links go to
/// the app's own pages under <see cref="EventFlyOptions.PublicUrl"/>, never to the raw API, and never to the host
/// a request named: a forged <c>Host</c> header must not put someone's reset code on another site. A singleton, because
/// <c>MapIdentityApi</c> takes its sender once from the root services; each mail gets a scope of its own.
/// </summary>
internal sealed class AccountMails(IServiceScopeFactory scopes, IOptions<EventFlyOptions> options, TimeProvider time)
    : IEmailSender<AppUser>
{
    /// <summary>The participant app's page that takes the code and a new password.</summary>
    public const string ResetPasswordPath = "/reset-password";

    /// <summary>The participant app's page that confirms an address.</summary>
    public const string ConfirmEmailPath = "/confirm-email";

    public async Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink)
    {
        // Identity's link names its own endpoint (HTML-encoded: "&amp;" between the parameters); the page it leads to
        // calls that endpoint with the same query.
        var query = QueryHelpers.ParseQuery(new Uri(System.Net.WebUtility.HtmlDecode(confirmationLink), UriKind.Absolute).Query);
        var url = QueryHelpers.AddQueryString(AppUrl(ConfirmEmailPath),
            query.Where(q => q.Key is "userId" or "code" or "changedEmail").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())));
        await SendAsync<EmailConfirmationMail>(user, email, new Dictionary<string, object?>
        {
            [nameof(EmailConfirmationMail.Email)] = email,
            [nameof(EmailConfirmationMail.ConfirmUrl)] = url,
        });
    }

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        SendAsync<PasswordResetMail>(user, email, new Dictionary<string, object?>
        {
            [nameof(PasswordResetMail.Email)] = email,
            [nameof(PasswordResetMail.ResetUrl)] = QueryHelpers.AddQueryString(AppUrl(ResetPasswordPath),
                new Dictionary<string, string?> { ["email"] = email, ["code"] = resetCode }),
        });

    // Identity's API sends codes, not links (the Razor UI package would send links); kept for completeness.
    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        SendAsync<PasswordResetMail>(user, email, new Dictionary<string, object?>
        {
            [nameof(PasswordResetMail.Email)] = email,
            [nameof(PasswordResetMail.ResetUrl)] = resetLink,
        });

    private string AppUrl(string path) => new Uri(options.Value.PublicUrl, path).AbsoluteUri;

    private async Task SendAsync<TMail>(AppUser user, string email, Dictionary<string, object?> parameters)
        where TMail : Microsoft.AspNetCore.Components.IComponent
    {
        // Identity's sender interface takes no token; these run inside one request and finish with it.
        await using var scope = scopes.CreateAsyncScope();
        var renderer = scope.ServiceProvider.GetRequiredService<MailRenderer>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityData>();
        var message = await renderer.RenderAsync<TMail>(new MailEnvelope(email, user.Language), parameters, CancellationToken.None);
        db.Add(EmailOutboxHandler.Message(message, time.GetUtcNow()));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace EventFly.Services.Mail;

/// <summary>
/// Renders a mail component (one that wraps its content in <c>EmailLayout</c>) into an <see cref="EmailMessage"/>:
/// HTML by Blazor's <see cref="HtmlRenderer"/> in the recipient's culture, the plain-text part derived from that HTML,
/// the subject as the layout reported it. The one way contexts compose e-mail (ADR 0018).
/// </summary>
public sealed class MailRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    // Umlauts and € stay readable in the HTML; <, >, & and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public async Task<EmailMessage> RenderAsync<TMail>(MailEnvelope envelope, IDictionary<string, object?> parameters, CancellationToken cancellationToken)
        where TMail : IComponent
    {
        ArgumentNullException.ThrowIfNull(envelope);
        cancellationToken.ThrowIfCancellationRequested();
        var context = new MailContext(envelope.Language, envelope.TimeZone, envelope.UnsubscribeUrl);
        await using var renderer = new HtmlRenderer(new MailServices(services), loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // Inside the dispatcher, so the components and the localizers see it; an async lambda's culture does not
            // leak back to the caller.
            System.Globalization.CultureInfo.CurrentCulture = context.Culture;
            System.Globalization.CultureInfo.CurrentUICulture = context.Culture;
            var root = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MailRoot.Context)] = context,
                [nameof(MailRoot.Mail)] = typeof(TMail),
                [nameof(MailRoot.Parameters)] = parameters.ToDictionary(p => p.Key, p => p.Value!),
            });
            var output = await renderer.RenderComponentAsync<MailRoot>(root);
            return output.ToHtmlString();
        });
        var subject = context.Subject ?? throw new InvalidOperationException($"{typeof(TMail).Name} has no subject: wrap it in EmailLayout.");
        var headers = envelope.UnsubscribeUrl is { } unsubscribe ? new EmailHeaders(unsubscribe) : null;
        return new EmailMessage(envelope.To, subject, html, HtmlToText.Convert(html), envelope.Attachments, headers);
    }

    /// <summary>The application's services, with an HTML encoder for mail in place of the default one.</summary>
    private sealed class MailServices(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : inner.GetService(serviceType);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace EventFly.E2E.Tests;

/// <summary>The host's pickup folder: the outbox sends within about a second (more while other tests load the host).</summary>
internal static class Mailbox
{
    /// <summary>The first link matching <paramref name="link"/> in an e-mail to <paramref name="email"/>, once one is there (at most 40 s).</summary>
    public static async Task<string> WaitForLinkAsync(string folder, string email, Regex link)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml").Order())
                {
                    // Undo quoted-printable soft line breaks and escaped '=' before looking for the link.
                    var text = (await File.ReadAllTextAsync(file)).Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
                    if (!text.Contains(email, StringComparison.OrdinalIgnoreCase)) continue;
                    var match = link.Match(text);
                    // The HTML part writes '&' between query parameters as "&amp;".
                    if (match.Success) return WebUtility.HtmlDecode(match.Groups[1].Value);
                }
            }
            await Task.Delay(200);
        }
        var sent = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Length : 0;
        throw new TimeoutException($"No e-mail to {email} with a link like {link} in {folder} after 40 s ({sent} other e-mails there); see host.log.");
    }
}

using Ganss.Xss;
using Markdig;
using EventFly.Services.Events.Contracts;

namespace EventFly.Services.Events.Contracts;

/// <summary>
/// Markdown → HTML that is safe to show: raw HTML in the Markdown is escaped, and the result is sanitized again
/// (no scripts, no event handlers, no javascript: URLs) in case a Markdown extension lets something through.
/// </summary>
public static class EventMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras().UseAutoLinks().UsePipeTables().UseTaskLists().UseListExtras()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>Plain text (for search and calendar entries).</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links open outside the app and tell the target nothing about us.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement a)
            {
                a.SetAttribute("rel", "noopener noreferrer nofollow");
                a.SetAttribute("target", "_blank");
            }
        };
        return sanitizer;
    }
}

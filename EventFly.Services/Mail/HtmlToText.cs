using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EventFly.Services.Mail;

/// <summary>
/// The plain-text part of a mail, from its rendered HTML: blocks become paragraphs, <c>br</c> a line break, links
/// "text (url)", list items "- " lines; head, styles and scripts are left out.
/// </summary>
internal static partial class HtmlToText
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote" };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "tr", "td", "th", "li" };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "head", "title", "style", "script" };

    public static string Convert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? document.DocumentElement, text);
        var lines = text.ToString().Split('\n').Select(l => l.Trim(' '));
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                var words = Whitespace().Replace(t.Data, " ");
                // A space at the start of a line is layout, not text.
                if (text.Length == 0 || text[^1] == '\n') words = words.TrimStart(' ');
                text.Append(words);
                return;
            case IElement e when Skipped.Contains(e.LocalName):
                return;
            case IElement { LocalName: "br" }:
                text.Append('\n');
                return;
            case IElement { LocalName: "img" } img:
                text.Append(img.GetAttribute("alt"));
                return;
            case IElement e:
                var breaks = Paragraphs.Contains(e.LocalName) ? 2 : Lines.Contains(e.LocalName) ? 1 : 0;
                Break(text, breaks);
                if (e.LocalName == "li") text.Append("- ");
                foreach (var child in e.ChildNodes) Append(child, text);
                if (e.LocalName == "a" && e.GetAttribute("href") is { Length: > 0 } href && href != e.TextContent.Trim())
                    text.Append(" (").Append(href).Append(')');
                Break(text, breaks);
                return;
            default:
                foreach (var child in node.ChildNodes) Append(child, text);
                return;
        }
    }

    /// <summary>Ends the text with at least <paramref name="count"/> line breaks (none at its start).</summary>
    private static void Break(StringBuilder text, int count)
    {
        if (count == 0) return;
        var trailing = 0;
        var breaks = 0;
        for (; trailing < text.Length && text[text.Length - 1 - trailing] is '\n' or ' '; trailing++)
            if (text[text.Length - 1 - trailing] == '\n') breaks++;
        text.Length -= trailing;
        if (text.Length > 0) text.Append('\n', Math.Max(count, breaks));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

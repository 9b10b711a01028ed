using EventFly.Domain.Common;

namespace EventFly.Domain.Engagement;

/// <summary>The length rules shared by the context's texts. Lengths count UTF-16 characters, as <see cref="string.Length"/> does.</summary>
internal static class EngagementText
{
    /// <summary>A message body: refused when blank or longer than <paramref name="max"/>; kept as written (Markdown may need its spaces).</summary>
    public static string Body(string? body, int max)
    {
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException(EngagementErrors.BodyRequired, "Write something first.");
        if (body.Length > max) throw new DomainException(EngagementErrors.BodyTooLong, $"A text here has at most {max} characters.");
        return body;
    }

    /// <summary>A short label (a poll question, an option, a title): trimmed, then refused when empty or longer than <paramref name="max"/>.</summary>
    public static string Label(string? text, int max, string what)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) throw new DomainException(EngagementErrors.TextRequired, $"The {what} needs a text.");
        if (trimmed.Length > max) throw new DomainException(EngagementErrors.TextTooLong, $"The {what} has at most {max} characters.");
        return trimmed;
    }

    /// <summary>Option texts of a poll or quiz question: within the count limits, each a label, no two alike (ignoring case).</summary>
    public static List<string> Options(IReadOnlyList<string>? options, int min, int max, int maxLength)
    {
        if (options is null || options.Count < min || options.Count > max)
            throw new DomainException(EngagementErrors.InvalidOptionCount, $"Give between {min} and {max} options.");
        var labels = options.Select(o => Label(o, maxLength, "option")).ToList();
        if (labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != labels.Count)
            throw new DomainException(EngagementErrors.DuplicateOption, "Each option must be different.");
        return labels;
    }
}

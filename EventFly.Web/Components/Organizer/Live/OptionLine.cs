namespace EventFly.Web.Components.Organizer.Live;

/// <summary>One option's text in a builder (a class, so a text field can bind to it in a list).</summary>
public sealed class OptionLine
{
    public string Text { get; set; } = "";

    /// <summary>
    /// What is wrong with option <paramref name="index"/>, as the server would say it (blank, too long, the same as an
    /// earlier one ignoring case), or null.
    /// </summary>
    public static string? ErrorOf(IReadOnlyList<OptionLine> options, int index, int maxLength)
    {
        var text = options[index].Text.Trim();
        if (text.Length == 0) return "Write the option.";
        if (text.Length > maxLength) return $"At most {maxLength} characters.";
        for (var i = 0; i < index; i++)
            if (string.Equals(options[i].Text.Trim(), text, StringComparison.OrdinalIgnoreCase)) return "The same as another option.";
        return null;
    }

    public static bool AllValid(IReadOnlyList<OptionLine> options, int maxLength) =>
        Enumerable.Range(0, options.Count).All(i => ErrorOf(options, i, maxLength) is null);
}

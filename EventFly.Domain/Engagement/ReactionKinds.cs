namespace EventFly.Domain.Engagement;

/// <summary>The fixed set of reactions on a post: stored by name, shown as the emoji.</summary>
public static class ReactionKinds
{
    public const string Like = "like";
    public const string Love = "love";
    public const string Party = "party";
    public const string Laugh = "laugh";
    public const string Wow = "wow";
    public const string Clap = "clap";

    private static readonly Dictionary<string, string> Emojis = new(StringComparer.Ordinal)
    {
        [Like] = "\U0001F44D",
        [Love] = "\u2764\uFE0F",
        [Party] = "\U0001F389",
        [Laugh] = "\U0001F602",
        [Wow] = "\U0001F62E",
        [Clap] = "\U0001F44F",
    };

    /// <summary>The names in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Like, Love, Party, Laugh, Wow, Clap];

    /// <summary>Names are matched exactly (lower case), as stored.</summary>
    public static bool IsKnown(string? kind) => kind is not null && Emojis.ContainsKey(kind);

    public static string EmojiOf(string kind) =>
        Emojis.TryGetValue(kind, out var emoji) ? emoji : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a reaction kind.");
}

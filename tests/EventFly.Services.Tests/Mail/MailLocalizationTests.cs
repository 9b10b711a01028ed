using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using EventFly.Services.Mail;

namespace EventFly.Services.Tests.Mail;

/// <summary>Every text of every mail (each .resx built into EventFly.Services) is there in English and in German.</summary>
public sealed partial class MailLocalizationTests
{
    private static readonly System.Reflection.Assembly Services = typeof(MailRenderer).Assembly;

    public static TheoryData<string> ResourceFiles() =>
        [.. Services.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Select(n => n[..^".resources".Length])];

    [Fact]
    public void TheLayoutsTexts_AreAmongThem()
    {
        Assert.Contains("EventFly.Services.Mail.MailTexts", ResourceFiles().Select(row => row.Data));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryKey_IsInEnglishAndGerman_WithTheSamePlaceholders(string baseName)
    {
        var manager = new ResourceManager(baseName, Services);

        var english = Texts(manager, CultureInfo.InvariantCulture);
        var german = Texts(manager, CultureInfo.GetCultureInfo("de"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), german.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e => Assert.Equal(Placeholders(e.Value), Placeholders(german[e.Key])));
        Assert.All(german.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    private static Dictionary<string, string> Texts(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal) ?? [];

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EventFly.ArchitectureTests;

/// <summary>
/// Every .resx in the repository (found by scanning, so a new area is covered without touching this test) has its
/// German sibling, and both hold the same keys with the same placeholders: a missing translation fails here, not in front
/// of a German participant.
/// </summary>
public sealed partial class ResourceParityTests
{
    private static readonly string[] Languages = ["de"];

    public static TheoryData<string> NeutralResources() =>
        [.. Directory.EnumerateFiles(RepositoryFiles.Root, "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Where(f => !IsBuildOutput(f) && !IsTranslation(f))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void TheScan_FindsTheAppsAndTheMailsResources()
    {
        var found = NeutralResources().Select(row => row.Data).ToList();

        Assert.Contains("EventFly.Client/Resources/LayoutTexts.resx", found);
        Assert.Contains("EventFly.Services/Mail/MailTexts.resx", found);
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void EveryKey_IsInEveryLanguage_WithTheSamePlaceholders(string neutral)
    {
        var english = Texts(RepositoryFiles.PathOf(neutral));
        Assert.NotEmpty(english);
        foreach (var language in Languages)
        {
            var path = RepositoryFiles.PathOf(neutral[..^".resx".Length] + $".{language}.resx");
            Assert.True(File.Exists(path), $"{neutral} has no {language} translation ({Path.GetFileName(path)})");
            var translated = Texts(path);

            Assert.Empty(english.Keys.Except(translated.Keys).Select(k => $"{language} lacks {k}"));
            Assert.Empty(translated.Keys.Except(english.Keys).Select(k => $"{language} has {k}, English has not"));
            Assert.All(english, e => Assert.Equal(Placeholders(e.Value), Placeholders(translated[e.Key])));
            Assert.All(translated, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{language} {t.Key} is empty"));
        }
    }

    private static Dictionary<string, string> Texts(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null) // text only, not embedded files
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static bool IsBuildOutput(string path) =>
        path.Split('/').Any(part => part is "bin" or "obj" or "node_modules" || part.StartsWith('.'));

    private static bool IsTranslation(string path) => TranslationName().IsMatch(Path.GetFileName(path));

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\.[a-z]{2}(-[A-Z]{2})?\.resx$")]
    private static partial Regex TranslationName();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Assembly = System.Reflection.Assembly;

namespace EventFly.ArchitectureTests;

/// <summary>
/// Error codes are constants in one catalog per context (ADR 0014). A catalog is any static class named <c>…Errors</c>
/// in the Domain or Web assembly, found by reflection, so a context added later is covered without a change here.
/// </summary>
public sealed partial class ErrorCatalogTests
{
    private static readonly Assembly[] CatalogAssemblies =
        [typeof(EventFly.Domain.Common.DomainException).Assembly, Assembly.Load("EventFly.Web")];

    private static readonly string[] SourceProjects = ["EventFly.Domain", "EventFly.Services", "EventFly.Web"];

    private static readonly IReadOnlyList<Type> Catalogs = CatalogAssemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: true, IsSealed: true, IsNested: false } && t.Name.EndsWith("Errors", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void Catalogs_AreFoundForEveryContext()
    {
        Assert.Superset(
            new HashSet<string> { "CommonErrors", "EventErrors", "TicketingErrors", "OrganizationErrors", "PaymentErrors", "IdentityErrors", "EngagementErrors", "WebErrors" },
            Catalogs.Select(c => c.Name).ToHashSet());
    }

    [Fact]
    public void EveryCode_IsSnakeCase()
    {
        var odd = Codes().Where(c => !SnakeCase().IsMatch(c.Value)).Select(c => $"{c.Catalog}.{c.Name} = \"{c.Value}\"");

        AssertNone(odd);
    }

    [Fact]
    public void EveryCode_IsListedInTheApiDocs()
    {
        var documented = DocumentedCodes();
        var missing = Codes().Where(c => !documented.Contains(c.Value)).Select(c => $"{c.Catalog}.{c.Name} = \"{c.Value}\" is not in docs/api.md");

        AssertNone(missing);
    }

    [Fact]
    public void NoTwoCodesOfACatalog_ShareAValue()
    {
        var twins = Codes()
            .GroupBy(c => (c.Catalog, c.Value))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Catalog}: {string.Join(", ", g.Select(c => c.Name))} = \"{g.Key.Value}\"");

        AssertNone(twins);
    }

    [Fact]
    public void NoException_IsRaisedWithALiteralCode()
    {
        var literals = SourceProjects
            .SelectMany(p => Directory.EnumerateFiles(RepositoryFiles.PathOf(p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !IsBuildOutput(f))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => HasLiteralCode(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.File)}:{l.Line}: {l.Text.Trim()}");

        AssertNone(literals);
    }

    [Theory]
    [InlineData("throw new DomainException(\"sold_out\", \"No seats.\");", true)]
    [InlineData("?? throw new NotFoundException( \"unknown_event\", message);", true)]
    [InlineData("throw new ForbiddenException(\"forbidden\", \"No.\");", true)]
    [InlineData("public static NotFoundException UnknownOrder() => new(\"unknown_order\", \"There is no such order.\");", true)]
    [InlineData("throw new DomainException(TicketingErrors.SoldOut, \"No seats.\");", false)]
    [InlineData("public static NotFoundException UnknownOrder() => new(TicketingErrors.UnknownOrder, \"No.\");", false)]
    public void HasLiteralCode_FindsAStringLiteralAsTheCode(string line, bool expected)
    {
        Assert.Equal(expected, HasLiteralCode(line));
    }

    private sealed record Code(string Catalog, string Name, string Value);

    private static IEnumerable<Code> Codes() =>
        from catalog in Catalogs
        from field in catalog.GetFields(BindingFlags.Public | BindingFlags.Static)
        where field is { IsLiteral: true } && field.FieldType == typeof(string)
        select new Code(catalog.Name, field.Name, (string)field.GetRawConstantValue()!);

    /// <summary>The first column of the table under "## Error codes" in docs/api.md.</summary>
    private static HashSet<string> DocumentedCodes()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "api.md"));
        var section = lines.SkipWhile(l => l.Trim() != "## Error codes").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var codes = section.Select(l => TableCode().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(codes);
        return codes;
    }

    private static bool HasLiteralCode(string line) => LiteralCode().IsMatch(line) || FactoryWithLiteralCode().IsMatch(line);

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static void AssertNone(IEnumerable<string> violations)
    {
        var all = violations.Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(all.Count == 0, $"{all.Count} violation(s):\n" + string.Join("\n", all));
    }

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^\|\s*`([a-z_]+)`\s*\|")]
    private static partial Regex TableCode();

    [GeneratedRegex(@"new\s+(DomainException|NotFoundException|ForbiddenException)\s*\(\s*""")]
    private static partial Regex LiteralCode();

    /// <summary>A factory method written with a target-typed <c>new("code", …)</c>.</summary>
    [GeneratedRegex(@"(DomainException|NotFoundException|ForbiddenException)\s+\w+\([^)]*\)\s*=>\s*new\s*\(\s*""")]
    private static partial Regex FactoryWithLiteralCode();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace EventFly.Web.Tests;

/// <summary>
/// The PromQL of <c>deploy/grafana/dashboards/eventfly.json</c>, and the metric and label names each query uses (a
/// reader for this dashboard's queries, not a PromQL parser: selectors, <c>by (...)</c>, functions, ranges, numbers).
/// </summary>
public static partial class GrafanaDashboard
{
    /// <summary>The labels Prometheus adds to every series it scrapes (deploy/prometheus/prometheus.yml), not the app.</summary>
    public static readonly IReadOnlySet<string> TargetLabels = new HashSet<string>(StringComparer.Ordinal) { "job", "instance", "role" };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "offset", "bool",
    };

    public static IReadOnlyList<string> Queries()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(PathOf("deploy", "grafana", "dashboards", "eventfly.json")));
        return [.. dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString() ?? ""))];
    }

    /// <summary>The metric names a query selects (identifiers that are neither functions, keywords, labels nor ranges).</summary>
    public static IReadOnlySet<string> MetricsOf(string query)
    {
        var bare = Grouping().Replace(Range().Replace(Selector().Replace(query, " "), " "), " ");
        return Identifier().Matches(bare).Select(m => m.Groups["name"].Value).Where(n => !Keywords.Contains(n)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The labels a query matches on (<c>{label="..."}</c>) or groups by (<c>by (label)</c>).</summary>
    public static IReadOnlySet<string> LabelsOf(string query) =>
        Selector().Matches(query).SelectMany(m => Matcher().Matches(m.Value).Select(l => l.Groups["label"].Value))
            .Concat(Grouping().Matches(query).SelectMany(m => m.Groups["labels"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .ToHashSet(StringComparer.Ordinal);

    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EventFly.sln"))) return Path.Combine([dir.FullName, .. parts]);
        throw new InvalidOperationException("EventFly.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""\{[^}]*\}""")]
    private static partial Regex Selector();

    [GeneratedRegex("""\[[^\]]*\]""")]
    private static partial Regex Range();

    [GeneratedRegex("""\b(by|without|on|ignoring)\s*\((?<labels>[^)]*)\)""")]
    private static partial Regex Grouping();

    [GeneratedRegex("""(?<label>[a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)""")]
    private static partial Regex Matcher();

    /// <summary>An identifier not followed by "(" (a function call).</summary>
    [GeneratedRegex("""(?<![\w.$])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()""")]
    private static partial Regex Identifier();
}

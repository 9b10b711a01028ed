using System.Reflection;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Assembly = System.Reflection.Assembly;

namespace EventFly.ArchitectureTests;

/// <summary>
/// The module rules of docs/architecture.md (ADR 0013). A context is any folder of EventFly.Services that has a
/// <c>Contracts</c> namespace, so a context added later falls under every rule without a change to this test.
/// </summary>
public sealed class ModuleRulesTests
{
    private const string ServicesRoot = "EventFly.Services.";
    private const string DomainRoot = "EventFly.Domain.";

    private static readonly Assembly ServicesAssembly = typeof(EventFly.Services.EventFlyOptions).Assembly;
    private static readonly Assembly WebAssembly = Assembly.Load("EventFly.Web");

    private static readonly Architecture Architecture = new ArchLoader()
        .LoadAssemblies(ServicesAssembly, typeof(EventFly.Domain.Common.DomainException).Assembly, WebAssembly)
        .Build();

    /// <summary>Every context: the name between <c>EventFly.Services.</c> and <c>.Contracts</c>.</summary>
    private static readonly HashSet<string> Contexts = ServicesAssembly.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(n => n.StartsWith(ServicesRoot, StringComparison.Ordinal) && n.EndsWith(".Contracts", StringComparison.Ordinal))
        .Select(n => n[ServicesRoot.Length..^".Contracts".Length])
        .Where(n => !n.Contains('.', StringComparison.Ordinal))
        .ToHashSet();

    [Fact]
    public void Contexts_AreFoundByTheirContracts()
    {
        Assert.Superset(new HashSet<string> { "Identity", "Organizations", "Events", "Ticketing", "Payments" }, Contexts);
    }

    [Fact]
    public void AContext_UsesAnotherOnlyThroughItsContracts()
    {
        var crossings = ContextDependencies()
            .Where(d => d.To != d.From && !d.Target.StartsWith($"{ServicesRoot}{d.To}.Contracts.", StringComparison.Ordinal))
            .Select(d => $"{d.Origin} -> {d.Target}");

        AssertNone(crossings);
    }

    [Fact]
    public void AContext_NeverUsesAnotherContextsDomain()
    {
        var crossings = ContextTypes()
            .SelectMany(t => Targets(t).Select(target => (Origin: t, Target: target)))
            .Where(d => DomainContextOf(d.Target) is { } owner && owner != ContextOf(d.Origin.FullName))
            .Select(d => $"{d.Origin.FullName} -> {d.Target}");

        AssertNone(crossings);
    }

    [Fact]
    public void TheGraphOfContexts_IsAcyclic()
    {
        var edges = ContextDependencies().Where(d => d.To != d.From).Select(d => (d.From, d.To)).Distinct().ToList();

        Assert.Null(FindCycle(edges));
    }

    [Fact]
    public void FindCycle_FindsOne_WhenTwoContextsUseEachOther()
    {
        // The rule above must be able to fail: Payments <-> Ticketing was such a cycle once.
        Assert.Equal("Payments -> Ticketing -> Payments", FindCycle([("Events", "Organizations"), ("Ticketing", "Payments"), ("Payments", "Ticketing")]) ?? "",
            StringComparer.Ordinal);
        Assert.Null(FindCycle([("Ticketing", "Events"), ("Events", "Organizations"), ("Ticketing", "Organizations")]));
    }

    [Fact]
    public void OnlyContracts_ArePublic()
    {
        var exposed = ServicesAssembly.GetTypes()
            .Where(t => t.IsPublic || t.IsNestedPublic && t.DeclaringType!.IsPublic)
            .Where(t => ContextOf(t.FullName!) is { } context && !t.Namespace!.StartsWith($"{ServicesRoot}{context}.Contracts", StringComparison.Ordinal))
            .Where(t => !IsMailTemplate(t))
            .Select(t => t.FullName!);

        AssertNone(exposed);
    }

    [Fact]
    public void OnlyPersistence_KnowsTheDbContext()
    {
        var users = Architecture.Types
            .Where(t => !IsPersistence(t.Namespace.FullName) && !IsGenerated(t.FullName))
            .Where(t => Targets(t).Any(target => target is "EventFly.Services.Persistence.EventFlyDbContext"
                or "EventFly.Services.Persistence.SqliteEventFlyDbContext" or "EventFly.Services.Persistence.SqlServerEventFlyDbContext"
                or "EventFly.Services.Persistence.PostgreSqlEventFlyDbContext"))
            .Select(t => t.FullName);

        AssertNone(users);
    }

    [Fact]
    public void IntegrationEvents_AreVersionedContractRecords_WithUniqueNames()
    {
        var events = ServicesAssembly.GetTypes()
            .Where(t => !t.IsInterface && typeof(EventFly.Services.Common.IIntegrationEvent).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(events);
        Assert.All(events, t =>
        {
            Assert.True(t.IsPublic && t.IsSealed, $"{t.Name} must be a public sealed record");
            Assert.EndsWith(".Contracts", t.Namespace, StringComparison.Ordinal);
            Assert.Matches(@"V\d+$", t.Name);
        });
        var names = events.Select(t => (string)t.GetProperty("MessageType", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// A context's mail templates (<c>&lt;Context&gt;.Mails</c>, ADR 0018): Razor always generates public component
    /// classes, so they and the records they take are public; nothing outside the context renders them.
    /// </summary>
    private static bool IsMailTemplate(System.Type type) =>
        type.Namespace!.EndsWith(".Mails", StringComparison.Ordinal) && type.Namespace.StartsWith(ServicesRoot, StringComparison.Ordinal);

    private static void AssertNone(IEnumerable<string> violations)
    {
        var all = violations.Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(all.Count == 0, $"{all.Count} violation(s):\n" + string.Join("\n", all));
    }

    private sealed record ContextDependency(string From, string To, string Origin, string Target);

    /// <summary>Every use of a type of some context by a type of some (other or same) context.</summary>
    private static IEnumerable<ContextDependency> ContextDependencies() =>
        from type in ContextTypes()
        let user = ContextOf(type.FullName)!
        from target in Targets(type)
        let owner = ContextOf(target)
        where owner is not null
        select new ContextDependency(user, owner, type.FullName, target);

    private static IEnumerable<IType> ContextTypes() =>
        Architecture.Types.Where(t => t.Namespace.FullName.StartsWith(ServicesRoot, StringComparison.Ordinal) && ContextOf(t.FullName) is not null);

    private static IEnumerable<string> Targets(IType type) => type.Dependencies.Select(d => d.Target.FullName).Distinct();

    private static string? ContextOf(string fullName)
    {
        if (!fullName.StartsWith(ServicesRoot, StringComparison.Ordinal)) return null;
        var name = fullName[ServicesRoot.Length..].Split('.')[0];
        return Contexts.Contains(name) ? name : null;
    }

    private static string? DomainContextOf(string fullName)
    {
        if (!fullName.StartsWith(DomainRoot, StringComparison.Ordinal)) return null;
        var name = fullName[DomainRoot.Length..].Split('.')[0];
        return Contexts.Contains(name) ? name : null;
    }

    private static bool IsPersistence(string ns) =>
        ns == "EventFly.Services.Persistence" || ns.EndsWith(".Persistence", StringComparison.Ordinal) && ns.StartsWith(ServicesRoot, StringComparison.Ordinal);

    private static bool IsGenerated(string fullName) => fullName.StartsWith('<');

    /// <returns>A cycle as "A -> B -> A", or null when the graph has none.</returns>
    private static string? FindCycle(IReadOnlyList<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var done = new HashSet<string>();
        var path = new List<string>();

        string? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0) return string.Join(" -> ", path.Skip(at).Append(node));
            if (!done.Add(node)) return null;
            path.Add(node);
            foreach (var to in next.GetValueOrDefault(node) ?? []) if (Visit(to) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }

        return next.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }
}

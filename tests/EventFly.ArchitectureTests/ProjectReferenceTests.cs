using System.Reflection;
using System.Xml.Linq;

namespace EventFly.ArchitectureTests;

/// <summary>The arrows of docs/architecture.md: who may know whom.</summary>
public sealed class ProjectReferenceTests
{
    private static readonly Assembly Domain = typeof(EventFly.Domain.Common.DomainException).Assembly;
    private static readonly Assembly Services = typeof(EventFly.Services.EventFlyOptions).Assembly;
    private static readonly Assembly Client = typeof(EventFly.Client.AreaRouting).Assembly;

    [Fact]
    public void Client_ReferencesNeitherDomainNorServices()
    {
        Assert.DoesNotContain(ReferencedNames(Client), n => n is "EventFly.Domain" or "EventFly.Services");
        Assert.DoesNotContain(ProjectReferences("EventFly.Client"), p => p.Contains("EventFly.Domain", StringComparison.Ordinal) || p.Contains("EventFly.Services", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_ReferencesNoFrameworkForPersistenceOrWeb()
    {
        Assert.DoesNotContain(ReferencedNames(Domain), n =>
            n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Empty(ProjectReferences("EventFly.Domain"));
        Assert.Empty(PackageReferences("EventFly.Domain"));
    }

    [Fact]
    public void Services_ReferenceNeitherWebNorClient()
    {
        Assert.DoesNotContain(ReferencedNames(Services), n => n is "EventFly.Web" or "EventFly.Client");
        Assert.DoesNotContain(ProjectReferences("EventFly.Services"), p => p.Contains("EventFly.Web", StringComparison.Ordinal) || p.Contains("EventFly.Client", StringComparison.Ordinal));
    }

    [Fact]
    public void Client_ReferencesNoProjectOfOurs()
    {
        Assert.DoesNotContain(ReferencedNames(Client), n => n.StartsWith("EventFly.", StringComparison.Ordinal));
        Assert.Empty(ProjectReferences("EventFly.Client"));
    }

    [Fact]
    public void Client_ReferencesNoPersistenceFramework()
    {
        // The WebAssembly client talks HTTP; a database package in it would ship to every browser.
        Assert.DoesNotContain(ReferencedNames(Client), n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(PackageReferences("EventFly.Client"), p => p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Services_ReferenceOnlyTheDomainProject()
    {
        Assert.Equal(["EventFly.Domain.csproj"], ProjectReferences("EventFly.Services").Select(p => Path.GetFileName(p.Replace('\\', '/'))));
    }

    [Fact]
    public void ContextServiceImplementations_AreInternal()
    {
        var implementations = Services.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.IsPublic && i.Namespace?.StartsWith("EventFly.Services", StringComparison.Ordinal) == true && i.Name.EndsWith("Service", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(implementations);
        Assert.All(implementations, t => Assert.False(t.IsPublic, $"{t.FullName} implements a context's public interface and must stay internal."));
    }

    [Fact]
    public void Domain_HasNoPublicSetters()
    {
        var setters = Domain.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(setters);
    }

    private static IEnumerable<string> ReferencedNames(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!);

    private static IEnumerable<string> ProjectReferences(string project) => Items(project, "ProjectReference");

    private static IEnumerable<string> PackageReferences(string project) => Items(project, "PackageReference");

    private static IEnumerable<string> Items(string project, string item) =>
        XDocument.Load(RepositoryFiles.PathOf(project, project + ".csproj"))
            .Descendants(item)
            .Select(e => (string?)e.Attribute("Include") ?? "");
}

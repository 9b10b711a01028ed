using System.Collections.Concurrent;
using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace EventFly.ArchitectureTests.Deployment;

/// <summary>
/// <c>kubectl kustomize &lt;folder&gt;</c>, once per folder. kubectl is required, not optional: <c>./test.sh</c> installs
/// Debian's <c>kubernetes-client</c> when it is missing, so a missing kubectl fails the tests instead of skipping them.
/// </summary>
internal static class Kustomize
{
    public static string K8sRoot { get; } = RepositoryFiles.PathOf("deploy", "k8s");

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<YamlMappingNode>>> Rendered = new(StringComparer.Ordinal);

    /// <summary>The base and every overlay, as paths relative to deploy/k8s ("base", "overlays/dev", …).</summary>
    public static IReadOnlyList<string> Kustomizations() =>
        [
            "base",
            .. Directory.GetDirectories(Path.Combine(K8sRoot, "overlays"))
                .Where(d => File.Exists(Path.Combine(d, "kustomization.yaml")))
                .Select(d => "overlays/" + Path.GetFileName(d))
                .Order(StringComparer.Ordinal),
        ];

    public static IReadOnlyList<YamlMappingNode> Render(string kustomization) =>
        Rendered.GetOrAdd(kustomization, k => new Lazy<IReadOnlyList<YamlMappingNode>>(() => YamlFiles.Documents(Run(k)))).Value;

    public static IEnumerable<YamlMappingNode> OfKind(this IEnumerable<YamlMappingNode> objects, string kind) =>
        objects.Where(o => o.Text("kind") == kind);

    private static string Run(string kustomization)
    {
        var kubectl = FindOnPath("kubectl") ?? throw new InvalidOperationException(
            "kubectl is not on PATH. ./test.sh installs it (Debian's kubernetes-client); or: sudo apt-get install kubernetes-client");
        var start = new ProcessStartInfo(kubectl, ["kustomize", Path.Combine(K8sRoot, kustomization)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl kustomize {kustomization} took longer than a minute.");
        }
        // Newer kubectl warns on stderr about fields it deprecates but still reads (kept so Debian's older one works).
        return process.ExitCode == 0
            ? output.GetAwaiter().GetResult()
            : throw new InvalidOperationException($"kubectl kustomize {kustomization} failed ({process.ExitCode}): {errors.GetAwaiter().GetResult()}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

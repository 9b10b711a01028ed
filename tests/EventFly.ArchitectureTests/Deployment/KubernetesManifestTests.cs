using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EventFly.ArchitectureTests.Deployment;

/// <summary>
/// deploy/k8s as the cluster would get it: the base and every overlay rendered by <c>kubectl kustomize</c>, then checked.
/// An overlay added later is covered without a change here.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private const string SecretName = "eventfly-secrets";

    public static TheoryData<string> Kustomizations => new(Kustomize.Kustomizations());

    [Fact]
    public void Overlays_DevAndProd_Exist()
    {
        Assert.Superset(new HashSet<string> { "base", "overlays/dev", "overlays/prod" }, Kustomize.Kustomizations().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Rendered_HasTheWebAndWorkerDeployments(string kustomization)
    {
        var roles = Kustomize.Render(kustomization).OfKind("Deployment")
            .SelectMany(d => Containers(d).SelectMany(c => c.At("env").Items()))
            .Where(e => e.Text("name") == "EventFly__Role")
            .Select(e => e.Text("value"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Web", "Worker"], roles);
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void EveryDeployment_ProbesHealthAndHasResources(string kustomization)
    {
        var faults = Kustomize.Render(kustomization).OfKind("Deployment")
            .SelectMany(d => Containers(d).SelectMany(c => ContainerFaults(c).Select(f => $"{d.Text("metadata", "name")}/{c.Text("name")}: {f}")));

        AssertNone(faults);
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void TheWebTier_ScalesOnCpu_IsProtectedFromDrains_AndIsSticky(string kustomization)
    {
        var objects = Kustomize.Render(kustomization);
        var web = Assert.Single(objects.OfKind("Deployment"), d => RoleOf(d) == "Web");
        var webName = web.Text("metadata", "name");
        var podLabels = web.At("spec", "template", "metadata", "labels").Entries().ToDictionary(e => e.Key, e => ((YamlScalarNode)e.Value).Value);

        var hpa = Assert.Single(objects.OfKind("HorizontalPodAutoscaler"), h => h.Text("spec", "scaleTargetRef", "name") == webName);
        Assert.Contains(hpa.At("spec", "metrics").Items(), m => m.Text("resource", "name") == "cpu");
        Assert.Null(web.At("spec", "replicas")); // the HPA owns the count

        Assert.Single(objects.OfKind("PodDisruptionBudget"), p =>
            p.At("spec", "selector", "matchLabels").Entries().All(l => podLabels.TryGetValue(l.Key, out var v) && v == ((YamlScalarNode)l.Value).Value));

        var ingress = Assert.Single(objects.OfKind("Ingress"));
        Assert.Equal("cookie", ingress.Text("metadata", "annotations", "nginx.ingress.kubernetes.io/affinity"));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void NoSecret_IsInPlainText(string kustomization)
    {
        var objects = Kustomize.Render(kustomization);
        var faults = new List<string>();
        foreach (var deployment in objects.OfKind("Deployment"))
        {
            foreach (var env in Containers(deployment).SelectMany(c => c.At("env").Items()))
            {
                var name = env.Text("name") ?? "";
                if (env.Text("value") is { } value && (SecretLikeName().IsMatch(name) || CredentialLikeValue().IsMatch(value)))
                    faults.Add($"{deployment.Text("metadata", "name")}: env {name} has a value in plain text; use secretKeyRef");
                if (env.Text("valueFrom", "secretKeyRef", "name") is { } secret && !secret.StartsWith(SecretName, StringComparison.Ordinal))
                    faults.Add($"{deployment.Text("metadata", "name")}: env {name} reads the Secret {secret}, not {SecretName}");
            }
        }
        foreach (var configMap in objects.OfKind("ConfigMap"))
        {
            foreach (var (key, value) in configMap.At("data").Entries())
            {
                if (SecretLikeName().IsMatch(key) || CredentialLikeValue().IsMatch((value as YamlScalarNode)?.Value ?? ""))
                    faults.Add($"ConfigMap {configMap.Text("metadata", "name")}: {key} looks like a secret");
            }
        }
        foreach (var secret in objects.OfKind("Secret"))
        {
            if (secret.At("stringData") is not null) faults.Add($"Secret {secret.Text("metadata", "name")} has stringData (plain text)");
        }
        // A Secret with values may only come from a generator fed by an example file (dev); prod and the base have none.
        var generated = Kustomization(kustomization).At("secretGenerator").Items().ToList();
        var sources = generated.SelectMany(g => new[] { g.Text("env") }.Concat(g.At("envs").Items().Concat(g.At("files").Items()).Select(f => (f as YamlScalarNode)?.Value)))
            .OfType<string>();
        faults.AddRange(sources.Where(s => !s.EndsWith(".example.env", StringComparison.Ordinal)).Select(s => $"secretGenerator reads {s}: only *.example.env files belong in the repository"));
        faults.AddRange(generated.Where(g => g.At("literals") is not null).Select(g => $"secretGenerator {g.Text("name")} has literals"));
        if (objects.OfKind("Secret").Count() > generated.Count)
            faults.Add("a Secret with its values is in the manifests; reference eventfly-secrets instead");

        AssertNone(faults);
    }

    private static IEnumerable<string> ContainerFaults(YamlNode container)
    {
        if (container.Text("livenessProbe", "httpGet", "path") != "/health/live") yield return "no liveness probe on /health/live";
        if (container.Text("readinessProbe", "httpGet", "path") != "/health/ready") yield return "no readiness probe on /health/ready";
        foreach (var bound in new[] { "requests", "limits" })
        {
            foreach (var resource in new[] { "cpu", "memory" })
            {
                if (string.IsNullOrEmpty(container.Text("resources", bound, resource))) yield return $"no resources.{bound}.{resource}";
            }
        }
    }

    private static IEnumerable<YamlNode> Containers(YamlNode deployment) => deployment.At("spec", "template", "spec", "containers").Items();

    private static string? RoleOf(YamlNode deployment) =>
        Containers(deployment).SelectMany(c => c.At("env").Items()).FirstOrDefault(e => e.Text("name") == "EventFly__Role").Text("value");

    private static YamlMappingNode Kustomization(string kustomization) =>
        YamlFiles.Document(Path.Combine(Kustomize.K8sRoot, kustomization, "kustomization.yaml"));

    private static void AssertNone(IEnumerable<string> faults)
    {
        var list = faults.ToList();
        Assert.True(list.Count == 0, string.Join(Environment.NewLine, list));
    }

    /// <summary>Setting names that hold secrets: passwords, keys, tokens, connection strings (which carry credentials).</summary>
    [GeneratedRegex("password|secret|token|key|connectionstring|credential", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretLikeName();

    /// <summary>Values that are credentials whatever their name: a connection string's password, Stripe keys, user:pass@ URLs.</summary>
    [GeneratedRegex(@"(password|pwd)\s*=|sk_(live|test)_|whsec_|://[^/\s:@]+:[^/\s@]+@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialLikeValue();
}

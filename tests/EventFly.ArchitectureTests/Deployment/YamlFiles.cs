using YamlDotNet.RepresentationModel;

namespace EventFly.ArchitectureTests.Deployment;

/// <summary>
/// Reading YAML documents and paths into their mappings. Merge keys (<c>&lt;&lt;: *anchor</c>, as docker-compose.yml uses)
/// are followed when a key is looked up, a mapping's own keys first, as YAML says.
/// </summary>
internal static class YamlFiles
{
    private static readonly YamlScalarNode MergeKey = new("<<");

    public static IReadOnlyList<YamlMappingNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlMappingNode Document(string path) =>
        Documents(File.ReadAllText(path)) is [var single] ? single : throw new InvalidOperationException($"{path} is not one YAML mapping.");

    /// <summary>The node at <paramref name="path"/> (mapping keys), or null where one is missing.</summary>
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = Lookup(node, new YamlScalarNode(key));
            if (node is null) return null;
        }
        return node;
    }

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node is YamlSequenceNode sequence ? sequence.Children : [];

    /// <summary>A mapping's entries, merged ones included (those its own keys do not override).</summary>
    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node)
    {
        if (node is not YamlMappingNode mapping) return [];
        var own = mapping.Children.Where(c => !c.Key.Equals(MergeKey)).Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", c.Value)).ToList();
        var merged = Merged(mapping).SelectMany(m => m.Entries()).Where(e => own.TrueForAll(o => o.Key != e.Key));
        return own.Concat(merged.DistinctBy(e => e.Key));
    }

    private static YamlNode? Lookup(YamlNode? node, YamlScalarNode key) =>
        node is not YamlMappingNode mapping ? null
        : mapping.Children.TryGetValue(key, out var value) ? value
        : Merged(mapping).Select(m => Lookup(m, key)).FirstOrDefault(v => v is not null);

    private static IEnumerable<YamlNode> Merged(YamlMappingNode mapping) =>
        !mapping.Children.TryGetValue(MergeKey, out var merged) ? []
        : merged is YamlSequenceNode several ? several.Children
        : [merged];
}

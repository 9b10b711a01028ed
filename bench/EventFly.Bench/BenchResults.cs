using System.Text.Json;

namespace EventFly.Bench;

/// <summary>Writes a benchmark's result as bench/results/{name}.json and prints it.</summary>
internal static class BenchResults
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task WriteAsync(string name, object result)
    {
        var json = JsonSerializer.Serialize(result, Indented);
        await File.WriteAllTextAsync(PathOf(name), json);
        Console.WriteLine(json);
    }

    /// <summary>bench/results/{name}.json, from the benchmark's build folder.</summary>
    public static string PathOf(string name) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, $"../../../../results/{name}.json"));
}

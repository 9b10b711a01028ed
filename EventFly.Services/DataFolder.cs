namespace EventFly.Services;

/// <summary>The absolute data folder (<see cref="EventFlyOptions.DataPath"/> under the content root).</summary>
public sealed class DataFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>A path under the data folder, or the path itself when absolute.</summary>
    public string Resolve(string relativeOrAbsolute) => System.IO.Path.Combine(Path, relativeOrAbsolute);
}

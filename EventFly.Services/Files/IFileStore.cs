namespace EventFly.Services.Files;

/// <summary>Stores uploaded files (cover images); the local folder by default.</summary>
public interface IFileStore
{
    /// <returns>The stored file's relative path, e.g. <c>covers/3f…a1.webp</c>, unique per content.</returns>
    Task<string> SaveAsync(string folder, string extension, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file to stream, or null if there is none (or the path tries to leave the store).</summary>
    string? Locate(string relativePath);
}

internal sealed class LocalFileStore(DataFolder dataFolder) : IFileStore
{
    private string Root => Path.GetFullPath(dataFolder.Resolve("uploads"));

    public async Task<string> SaveAsync(string folder, string extension, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        // Named by content hash: the same image is stored once and its URL can be cached forever.
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.Span))[..32] + extension;
        var relative = $"{folder}/{name}";
        var path = Path.Combine(Root, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, content.ToArray(), cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        return relative;
    }

    public string? Locate(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }
}

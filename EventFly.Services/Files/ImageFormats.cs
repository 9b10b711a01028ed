namespace EventFly.Services.Files;

/// <summary>Recognizes JPEG, PNG and WebP by their first bytes, whatever the file name or content type claims.</summary>
public static class ImageFormats
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <returns>The file extension (".jpg", ".png", ".webp"), or null when the bytes are none of those.</returns>
    public static string? Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ".jpg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ".png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => ".webp",
        _ => null,
    };

    public static string ContentType(string extension) => extension switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}

namespace DurhamCms.Media.Models;

/// <summary>
/// One file of the library (table MediaItem), whatever store holds its bytes: what it is, who put
/// it there and the hash every node answers as its ETag.
/// </summary>
public sealed class MediaItem
{
    public const int PathLength = 1024;

    public long Id { get; set; }

    /// <summary>"reports/annual-2025.pdf": folders separated by '/', no leading slash.</summary>
    public string Path { get; set; } = "";

    /// <summary>"reports" ("" at the root).</summary>
    public string Folder { get; set; } = "";

    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>SHA-256 of the stored bytes, hex.</summary>
    public string Hash { get; set; } = "";

    public string? OwnerId { get; set; }
    public string? OwnerName { get; set; }
    public DateTime CreatedUtc { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

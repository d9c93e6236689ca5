namespace DurhamCms.Media;

/// <summary><c>DurhamCms:Media</c>: where files live and how large they may be.</summary>
public sealed class MediaOptions
{
    public const string Section = "DurhamCms:Media";

    /// <summary><c>FileSystem</c> (a folder in the data path, the default) or <c>Database</c> (for nodes without a shared disk).</summary>
    public string Store { get; set; } = MediaStores.FileSystem;

    /// <summary>The largest file accepted, in bytes (default 20 MB); larger uploads are cut off while they arrive.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pixels an image may declare (default 40 megapixels), checked before it is decoded: a small file claiming huge dimensions is a decompression bomb.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>How many images one node resizes at once; further requests wait (resizing is the expensive part).</summary>
    public int MaxConcurrentResizes { get; set; } = 2;

    /// <summary>How long browsers and proxies keep a file (default 30 days, Orchard's); the ETag revalidates it after.</summary>
    public int CacheMaxAgeDays { get; set; } = 30;
}

public static class MediaStores
{
    public const string FileSystem = "FileSystem";
    public const string Database = "Database";
}

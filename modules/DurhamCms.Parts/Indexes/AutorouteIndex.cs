using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Indexes;

/// <summary>Path -> item, one row per routed version, so a request resolves its route without reading documents.</summary>
public sealed class AutorouteIndex : ContentIndex
{
    /// <summary>Without a leading slash. 1024 is the longest path we accept (see AutoroutePaths).</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// The path in lower case. Paths are unique regardless of case; comparing this indexed column
    /// keeps route lookups and uniqueness checks off full-table scans of lower(Path).
    /// </summary>
    public string NormalizedPath { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";
}

using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Indexes;

/// <summary>Path -> item, one row per routed version, so a request resolves its route without reading documents.</summary>
public sealed class AutorouteIndex : ContentIndex
{
    /// <summary>Without a leading slash. 1024 is the longest path we accept (see AutoroutePaths).</summary>
    public string Path { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";
}

namespace DurhamCms.Data;

/// <summary>One stored version of a content item: the columns queries need, and the whole Orchard JSON document.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>Incremented on every write; a save carrying an older stamp is a conflict.</summary>
    public long Stamp { get; set; }

    public string Content { get; set; } = "{}";
}

/// <summary>A whole-site JSON document by key (definitions, settings, roles...).</summary>
public sealed class DocumentRecord
{
    public string Key { get; set; } = "";
    public string Content { get; set; } = "{}";
    /// <summary>Changes (randomly) on every write: a cache key and a concurrency token.</summary>
    public long Version { get; set; }
}

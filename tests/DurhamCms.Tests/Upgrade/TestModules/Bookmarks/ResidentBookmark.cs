namespace DurhamCms.Tests.Upgrade.TestModules.Bookmarks;

/// <summary>A test module's own table: a resident's saved page.</summary>
public sealed class ResidentBookmark
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string? Note { get; set; }
}

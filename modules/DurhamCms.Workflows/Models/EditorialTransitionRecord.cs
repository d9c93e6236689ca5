namespace DurhamCms.Workflows.Models;

/// <summary>The transitions log: one row per transition taken, never changed afterwards.</summary>
public sealed class EditorialTransitionRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string? ContentItemVersionId { get; set; }
    public string Transition { get; set; } = "";
    public string Label { get; set; } = "";
    public string FromState { get; set; } = "";
    public string ToState { get; set; } = "";
    public string? UserName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? Comment { get; set; }
}

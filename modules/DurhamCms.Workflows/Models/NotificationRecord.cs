namespace DurhamCms.Workflows.Models;

/// <summary>An in-app notification for one user (the bell in the admin header).</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Comment { get; set; }
    public string? Url { get; set; }
    public string? ContentItemId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
}

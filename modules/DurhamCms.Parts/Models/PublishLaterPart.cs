using DurhamCms.ContentManagement;

namespace DurhamCms.Parts.Models;

/// <summary>Orchard's PublishLaterPart: when a draft should be published (the scheduler lives with Workflows).</summary>
public sealed class PublishLaterPart : ContentPart
{
    public DateTime? ScheduledPublishUtc { get; set; }
}

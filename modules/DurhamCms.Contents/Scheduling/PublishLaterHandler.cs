using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Publishing;

namespace DurhamCms.Contents.Scheduling;

/// <summary>
/// Orchard's PublishLaterPart: a draft saved (or imported) with a future ScheduledPublishUtc gets
/// a schedule row, run by the same scheduler as a workflow's approvals. Only on types the site's
/// publishing policy publishes directly: under a workflow the approval sets the time instead, so
/// the part cannot skip review.
/// </summary>
internal sealed class PublishLaterHandler(
    DurhamDbContext db,
    ContentSchedules schedules,
    IContentPublishingPolicy publishing,
    TimeProvider clock) : ContentHandlerBase
{
    public const string PartName = "PublishLaterPart";
    public const string TimeProperty = "ScheduledPublishUtc";

    public override Task CreatedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    public override Task ImportedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    /// <summary>The item's publish-later time, as UTC; null when it has none.</summary>
    public static DateTime? ReadTime(ContentItem item) => ReadTime(item.GetPartJson(PartName)?[TimeProperty]);

    private async Task ScheduleAsync(ContentItem item)
    {
        if (item.Published || item.GetPartJson(PartName) is not { } part || !await publishing.PublishesDirectlyAsync(item.ContentType))
        {
            return;
        }

        await schedules.CancelAsync(item.ContentItemId, ScheduleActions.Publish, "the publish-later time was changed");
        var scheduled = ReadTime(part[TimeProperty]) is { } at && at > clock.GetUtcNow().UtcDateTime;
        if (scheduled)
        {
            schedules.Add(item, ScheduleActions.Publish, ReadTime(part[TimeProperty])!.Value, item.Author);
        }

        await db.SaveChangesAsync();
        if (scheduled)
        {
            await schedules.WakeSchedulerAfterCommitAsync();
        }
    }

    private static DateTime? ReadTime(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<DateTime>(out var time)
            ? time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()
            : null;
}

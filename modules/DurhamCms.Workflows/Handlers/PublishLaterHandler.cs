using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;

namespace DurhamCms.Workflows.Handlers;

/// <summary>
/// Orchard's PublishLaterPart on types outside the workflow: a draft saved (or imported) with a
/// future ScheduledPublishUtc gets a schedule row, run by the same scheduler as approvals. On
/// workflow types the approval sets the time instead, so the part cannot skip review.
/// </summary>
internal sealed class PublishLaterHandler(
    DurhamDbContext db,
    WorkflowDefinitionStore definitions,
    EditorialStateStore states,
    WorkflowSignals signals,
    TimeProvider clock) : ContentHandlerBase
{
    public const string PartName = "PublishLaterPart";

    public override Task CreatedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    public override Task ImportedAsync(ContentContext context) => ScheduleAsync(context.ContentItem);

    private async Task ScheduleAsync(ContentItem item)
    {
        if (item.Published || item.GetPartJson(PartName) is not { } part || await definitions.ForTypeAsync(item.ContentType) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await states.CancelSchedulesAsync(item.ContentItemId, ScheduleActions.Publish, now, "the publish-later time was changed");
        if (ReadTime(part["ScheduledPublishUtc"]) is { } at && at > now)
        {
            db.Add(new PublishScheduleRecord
            {
                ContentItemId = item.ContentItemId,
                ContentItemVersionId = item.ContentItemVersionId,
                Action = ScheduleActions.Publish,
                DueUtc = at,
                ScheduledBy = item.Author,
                CreatedUtc = now,
            });
            await db.AfterCommitOnceAsync("workflows:wake-scheduler", () =>
            {
                signals.Schedules.Pulse();
                return Task.CompletedTask;
            });
        }

        await db.SaveChangesAsync();
    }

    private static DateTime? ReadTime(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<DateTime>(out var time)
            ? time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()
            : null;
}

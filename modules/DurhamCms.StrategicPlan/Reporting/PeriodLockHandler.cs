using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// Refuses a new version of a measure in the reporting cycle (<see cref="PeriodLocks.Governs"/>)
/// that changes or drops a published period's value, unless an Editor unlocked that period; the content manager calls it for the editor, the data entry form
/// and imports alike. A publish locks the item's unlocked periods again.
/// </summary>
/// <remarks>The content manager is resolved late: it depends on the handlers, this one included.</remarks>
public sealed class PeriodLockHandler(PeriodLocks locks, IServiceProvider services) : ContentHandlerBase
{
    private const string Member = $"{PlanContent.KeyMeasure.Type}.{PlanContent.KeyMeasure.Series}";

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        // A published item is checked too: the editor validates its working copy of the live
        // version before it becomes a draft, and that copy is still marked published. The live
        // version itself always passes (its values are the published ones).
        if (item.ContentType != PlanContent.KeyMeasure.Type || !PeriodLocks.Governs(item))
        {
            return;
        }

        var published = await services.GetRequiredService<IContentManager>().GetAsync(item.ContentItemId, VersionOptions.Published);
        var locked = PeriodLocks.PublishedValues(published);
        if (locked.Count == 0)
        {
            return;
        }

        var values = PeriodLocks.PublishedValues(item);
        var unlocked = await locks.UnlockedAsync(item.ContentItemId);
        foreach (var (period, value) in locked)
        {
            if (unlocked.Contains(period) || (values.TryGetValue(period, out var now) && now == value))
            {
                continue;
            }

            var label = MeasurePeriod.TryParse(period, out var parsed, out _) ? parsed.Label : period;
            context.Result.Fail(Member, $"The value for {label} was approved and published, so it is locked: an Editor must unlock the period, giving a reason, before it changes.");
        }
    }

    public override Task PublishedAsync(PublishContentContext context) =>
        context.ContentItem.ContentType == PlanContent.KeyMeasure.Type ? locks.RelockAsync(context.ContentItem.ContentItemId) : Task.CompletedTask;
}

using DurhamCms.ContentManagement.Handlers;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Staleness;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Rules;

/// <summary>
/// A status update reports on a period that has begun, as a measure's values do: the same rule and
/// words (<see cref="UpdateOverdueRule.NotBegun"/>), today in the reporting time zone. The content
/// manager calls this on create, update and import alike, so the editor, code writing through the
/// content manager and a recipe refuse the same period (a recipe's one transaction keeps nothing).
/// A period that is not a period ("FY2024–26") is free text, as before, and not judged here.
/// </summary>
public sealed class StatusUpdatePeriodValidationHandler(UpdateOverdueRule periods) : ContentHandlerBase
{
    private const string Member = $"{StatusUpdate.Type}.{StatusUpdate.Period}";

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType != StatusUpdate.Type
            || !MeasurePeriod.TryParse(context.ContentItem.Text(StatusUpdate.Period), out var period, out _))
        {
            return;
        }

        if (periods.NotBegun(period, "status updates are written", await periods.TodayAsync()) is { } notBegun)
        {
            context.Result.Fail(Member, $"Period {notBegun}");
        }
    }
}

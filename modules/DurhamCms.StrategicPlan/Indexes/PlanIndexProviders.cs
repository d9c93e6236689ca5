using DurhamCms.ContentManagement;
using DurhamCms.StrategicPlan.Models;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Indexes;

public sealed class InitiativeIndexProvider : ContentIndexProvider<InitiativeIndex>
{
    public override IEnumerable<InitiativeIndex> Map(ContentItem item)
    {
        if (item.ContentType != Initiative.Type)
        {
            yield break;
        }

        var number = item.Text(Initiative.Number)?.Trim() ?? "";
        var parsed = InitiativeNumber.TryParse(number, out var n) ? n : null;
        yield return new InitiativeIndex
        {
            Number = number,
            NumberSortKey = parsed?.SortKey ?? 0,
            ObjectiveNumber = parsed?.ObjectiveNumber ?? "",
            ObjectiveTitle = item.Text(Initiative.ObjectiveTitle)?.Trim() is { Length: > 0 } objective ? objective : null,
            Title = item.DisplayText ?? "",
            PriorityContentItemId = item.PickedId(Initiative.Priority),
            Status = item.Text(Initiative.Status),
            LeadDepartment = item.Text(Initiative.LeadDepartment),
            PlanCycle = item.Text(Initiative.PlanCycle),
            ModifiedUtc = item.ModifiedUtc,
        };
    }
}

public sealed class KeyMeasureIndexProvider : ContentIndexProvider<KeyMeasureIndex>
{
    public override IEnumerable<KeyMeasureIndex> Map(ContentItem item)
    {
        if (item.ContentType == KeyMeasure.Type)
        {
            yield return new KeyMeasureIndex { InitiativeContentItemId = item.PickedId(KeyMeasure.Initiative), Title = item.DisplayText ?? "" };
        }
    }
}

public sealed class StatusUpdateIndexProvider : ContentIndexProvider<StatusUpdateIndex>
{
    public override IEnumerable<StatusUpdateIndex> Map(ContentItem item)
    {
        if (item.ContentType != StatusUpdate.Type)
        {
            yield break;
        }

        var period = item.Text(StatusUpdate.Period)?.Trim() ?? "";
        yield return new StatusUpdateIndex
        {
            InitiativeContentItemId = item.PickedId(StatusUpdate.Initiative),
            Period = period,
            PeriodSortKey = ReportingPeriod.SortKey(period),
            Status = item.Text(StatusUpdate.Status),
            CreatedUtc = item.CreatedUtc,
        };
    }
}

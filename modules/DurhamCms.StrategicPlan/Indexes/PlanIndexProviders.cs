using DurhamCms.ContentManagement;
using DurhamCms.Localization.Services;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Indexes;

/// <remarks>
/// The plan's indexes hold the plan itself: items in the default culture. A translation (same
/// LocalizationSet, another culture) carries only texts and is found through the localization index,
/// so every list, roll-up, number check and open-data count sees each initiative once.
/// </remarks>
public sealed class InitiativeIndexProvider(ContentCultures cultures) : ContentIndexProvider<InitiativeIndex>
{
    public override IEnumerable<InitiativeIndex> Map(ContentItem item)
    {
        if (item.ContentType != Initiative.Type || cultures.IsTranslation(item))
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

public sealed class KeyMeasureIndexProvider(ContentCultures cultures) : ContentIndexProvider<KeyMeasureIndex>
{
    public override IEnumerable<KeyMeasureIndex> Map(ContentItem item)
    {
        if (item.ContentType == KeyMeasure.Type && !cultures.IsTranslation(item))
        {
            yield return KeyMeasureIndexRow.Of(item, new KeyMeasureIndex
            {
                InitiativeContentItemId = item.PickedId(KeyMeasure.Initiative),
                Title = item.DisplayText ?? "",
            });
        }
    }
}

public sealed class StatusUpdateIndexProvider(ContentCultures cultures) : ContentIndexProvider<StatusUpdateIndex>
{
    public override IEnumerable<StatusUpdateIndex> Map(ContentItem item)
    {
        if (item.ContentType != StatusUpdate.Type || cultures.IsTranslation(item))
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

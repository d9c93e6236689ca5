using DurhamCms.ContentManagement;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.StrategicPlan.Staleness;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>
/// What a key measure's index row says of its series and cadence, so lists judge "on target" and
/// "Update overdue" without reading the document. The index provider and the backfill of rows an
/// earlier release wrote fill a row the same way.
/// </summary>
public static class KeyMeasureIndexRow
{
    public static KeyMeasureIndex Of(ContentItem measure, KeyMeasureIndex row)
    {
        var series = MeasureSeriesReader.Read(measure, KeyMeasure.Type, KeyMeasure.Series);
        row.Standing = MeasureStanding.Of(series).State.ToString();
        row.Frequency = ReportingFields.FrequencyOf(measure).ToString();
        row.LatestPeriods = ReportedPeriods.Latest((series.Points ?? []).Select(p => p.Period));
        return row;
    }
}

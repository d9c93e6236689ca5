using DurhamCms.ContentFields.Diff;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// A measure series in a diff: its settings under the editor's labels, and its points as rows
/// matched by period, so a corrected value shows on its own row and not as a shifted table.
/// </summary>
public sealed class MeasureSeriesFieldDiffer : ContentFieldDiffer<MeasureSeriesField>
{
    protected override IReadOnlyList<ComparableValue> Read(MeasureSeriesField field, ContentPartFieldDefinition definition) =>
    [
        ComparableValue.Value(field.Unit, "Unit"),
        ComparableValue.Value(field.ChartKind, "Chart"),
        ComparableValue.Value(FieldValues.Number(field.Target), "Target"),
        ComparableValue.Value(field.BetterDirection switch
        {
            MeasureSeriesField.Up => "higher is better",
            MeasureSeriesField.Down => "lower is better",
            _ => field.BetterDirection,
        }, "Which way is better"),
        ComparableValue.Table(field.Points.Select(p => new ComparableRow(p.Period,
        [
            new("Value", FieldValues.Number(p.Value)),
            new("Note", p.Note),
        ])), "Points"),
    ];
}

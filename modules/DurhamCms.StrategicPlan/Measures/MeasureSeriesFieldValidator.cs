using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Validation;
using DurhamCms.Recipes;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.StrategicPlan.Staleness;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// Holds every save, API write and recipe import of a measure series to <see cref="MeasureSeriesValidator"/>,
/// then to the two rules that need the site: no period after the current one (the reporting
/// calendar's today), and no value far outside its series (<see cref="MeasureOutliers"/>) unless a
/// person confirmed it (the point's <c>"Confirmed": true</c>). A recipe import is warned of an
/// outlier, row named, instead of refused: its rows were confirmed where they were first entered.
/// </summary>
public sealed class MeasureSeriesFieldValidator(UpdateOverdueRule periods, ContentImportJournal? journal = null) : IContentFieldValidator
{
    public string FieldName => nameof(MeasureSeriesField);

    public async Task ValidateAsync(FieldValidationContext context)
    {
        // The raw node, not context.Json: a field stored as text rather than an object must be refused too.
        var json = context.ContentItem.GetPartJson(context.Part.Name)?[context.Field.Name];
        var errors = MeasureSeriesValidator.Validate(json, context.Member, context.DisplayName);
        foreach (var error in errors)
        {
            context.FailAt(error.Member, error.Message);
        }

        if (errors.Count == 0 && json?["Points"] is JsonArray points)
        {
            CheckPoints(context, points, await periods.TodayAsync());
        }
    }

    private void CheckPoints(FieldValidationContext context, JsonArray points, DateOnly today)
    {
        var rows = points.Select((p, i) => (Index: i, Point: (JsonObject)p!, Period: Parse(p!["Period"]))).ToList();
        var values = rows.Select(r => MeasureSeriesValidator.TryReadNumber(r.Point["Value"], out var v) ? v : 0m).ToList();
        var band = MeasureOutliers.Of(values);
        foreach (var (index, point, period) in rows)
        {
            var member = $"{context.Member}.Points[{index}]";
            if (periods.NotBegun(period, "values are entered", today) is { } notBegun)
            {
                context.FailAt(member, $"Row {index + 1}: {notBegun}");
                continue;
            }

            if (band is null || !band.IsOutlier(values[index]) || point["Confirmed"]?.GetValueKind() == System.Text.Json.JsonValueKind.True)
            {
                continue;
            }

            var far = $"{MeasureText.Number(values[index])} for {period.Label} is far outside the series (its median is {MeasureText.Number(band.Median)})";
            if (journal?.Active == true)
            {
                journal.Note($"{context.DisplayName}, row {index + 1}: {far}; check it.");
            }
            else
            {
                context.FailAt(member, $"Row {index + 1}: {far}. If it is right, tick \"{MeasureOutliers.ConfirmLabel}\" and save again.");
            }
        }
    }

    // The series passed MeasureSeriesValidator, so every period parses.
    private static MeasurePeriod Parse(JsonNode? node) =>
        MeasurePeriod.TryParse(node?.GetValue<string>(), out var period, out _) ? period : default;
}

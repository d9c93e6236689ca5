using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Handlers;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.StrategicPlan.Measures;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>The series rules through the same handler the content manager calls, on a KeyMeasure defined in memory.</summary>
public sealed class MeasureSeriesValidationTests
{
    private const string Formats = "use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year).";

    [Fact]
    public async Task A_good_series_passes()
    {
        Assert.Empty(await ValidateAsync("""
            {"Unit": "attendees", "ChartKind": "bar", "Target": 30, "BetterDirection": "up",
             "Points": [{"Period": "2023-07", "Value": 23, "Note": null}, {"Period": "2023-08", "Value": "24.5", "Note": "a note"}]}
            """));
    }

    [Fact]
    public async Task An_absent_series_or_one_without_points_passes()
    {
        Assert.Empty(await ValidateAsync(null));
        Assert.Empty(await ValidateAsync("""{"Unit": "attendees", "ChartKind": "line", "Target": null, "BetterDirection": null}"""));
    }

    [Fact]
    public async Task A_bad_period_and_a_non_number_value_each_get_a_message_naming_their_row()
    {
        var errors = await ValidateAsync("""
            {"ChartKind": "bar", "Points": [
              {"Period": "2023-07", "Value": 23},
              {"Period": "2023-08", "Value": 24},
              {"Period": "Julyy 2023", "Value": 17},
              {"Period": "2023-10", "Value": "abc"},
              {"Period": "2023-11", "Value": true}
            ]}
            """);

        Assert.Equal(
        [
            new ContentValidationError("KeyMeasure.Series.Points[2]", $"Row 3: 'Julyy 2023' is not a period; {Formats}"),
            new ContentValidationError("KeyMeasure.Series.Points[3]", "Row 4: the value 'abc' is not a number."),
            new ContentValidationError("KeyMeasure.Series.Points[4]", "Row 5: the value 'true' is not a number."),
        ], errors);
    }

    [Fact]
    public async Task A_row_missing_its_period_or_value_is_told_so()
    {
        var errors = await ValidateAsync("""{"Points": [{"Value": 1}, {"Period": "2023-08"}, {"Period": 202308, "Value": 2}, "2023-09", {"Period": "2023-10", "Value": 3, "Note": 5}]}""");

        Assert.Equal(
        [
            new ContentValidationError("KeyMeasure.Series.Points[0]", $"Row 1: the period is missing; {Formats}"),
            new ContentValidationError("KeyMeasure.Series.Points[1]", "Row 2: the value is missing."),
            new ContentValidationError("KeyMeasure.Series.Points[2]", $"Row 3: '202308' is not a period; {Formats}"),
            new ContentValidationError("KeyMeasure.Series.Points[3]", "Row 4: give a period and a value."),
            new ContentValidationError("KeyMeasure.Series.Points[4]", "Row 5: the note must be text."),
        ], errors);
    }

    [Fact]
    public async Task A_duplicate_period_is_refused_naming_the_first_row()
    {
        var errors = await ValidateAsync("""{"Points": [{"Period": "2023-07", "Value": 1}, {"Period": "2023-08", "Value": 2}, {"Period": "2023-7", "Value": 3}]}""");

        Assert.Equal([new ContentValidationError("KeyMeasure.Series.Points[2]", "Row 3: July 2023 is already in row 1; each period appears once.")], errors);
    }

    [Fact]
    public async Task Mixing_kinds_of_period_in_one_series_is_refused()
    {
        var errors = await ValidateAsync("""{"Points": [{"Period": "FY2025 Q1", "Value": 1}, {"Period": "FY2025 Q2", "Value": 2}, {"Period": "2024-12", "Value": 3}, {"Period": "FY2025", "Value": 4}]}""");

        Assert.Equal(
        [
            new ContentValidationError("KeyMeasure.Series.Points[2]", "Row 3: December 2024 is a month, but row 1 is a quarter; keep one series to one kind of period."),
            new ContentValidationError("KeyMeasure.Series.Points[3]", "Row 4: FY2025 is a fiscal year, but row 1 is a quarter; keep one series to one kind of period."),
        ], errors);
    }

    [Fact]
    public async Task A_chart_kind_other_than_bar_or_line_is_refused()
    {
        var errors = await ValidateAsync("""{"ChartKind": "pie", "Points": []}""");

        Assert.Equal([new ContentValidationError("KeyMeasure.Series", "Series chart kind must be bar or line, not 'pie'.")], errors);
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_and_a_bad_direction_are_refused()
    {
        var errors = await ValidateAsync("""{"Target": "thirty", "BetterDirection": "sideways"}""");

        Assert.Equal(
        [
            new ContentValidationError("KeyMeasure.Series", "Series better direction must be up, down or empty, not 'sideways'."),
            new ContentValidationError("KeyMeasure.Series", "Series target 'thirty' is not a number."),
        ], errors);
    }

    [Fact]
    public async Task More_points_than_the_cap_are_refused_once_with_the_reason()
    {
        var points = new JsonArray();
        for (var i = 0; i <= MeasureSeriesValidator.MaxPoints; i++)
        {
            points.Add(new JsonObject { ["Period"] = $"FY{1500 + i}", ["Value"] = "oops" });
        }

        var errors = await ValidateAsync(new JsonObject { ["Points"] = points }.ToJsonString());

        var error = Assert.Single(errors);
        Assert.Equal("KeyMeasure.Series", error.Member);
        Assert.Equal("Series has 501 points; at most 500 fit, so that its chart stays readable on a phone and its page stays light.", error.Message);
    }

    [Fact]
    public async Task A_series_stored_as_text_is_refused()
    {
        var errors = await ValidateAsync("\"23, 24, 17\"");

        Assert.Equal([new ContentValidationError("KeyMeasure.Series", "Series must be a series with a unit, a chart kind and points.")], errors);
    }

    [Fact]
    public void A_series_that_passes_reads_as_the_typed_field_numbers_in_text_included()
    {
        var json = JsonNode.Parse("""{"ChartKind": "Line", "Target": "30", "Points": [{"Period": "2023-07", "Value": "-1.5"}, {"Period": "2023-08", "Value": 24}]}""")!;
        Assert.Empty(MeasureSeriesValidator.Validate(json, "KeyMeasure.Series", "Series"));

        var series = json.ToObject<MeasureSeriesField>()!;

        Assert.True(series.IsLine);
        Assert.Equal(30m, series.Target);
        Assert.Equal([-1.5m, 24m], series.Points.Select(p => p.Value));
    }

    // The site's rules judge periods by the reporting calendar's today: 2 December 2026 here.
    private static readonly DurhamCms.StrategicPlan.Staleness.UpdateOverdueRule Rule = new(new DurhamCms.StrategicPlan.Reporting.ReportingCalendar(
        Microsoft.Extensions.Options.Options.Create(new DurhamCms.StrategicPlan.Reporting.ReportingOptions()),
        new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero))));

    private static async Task<IReadOnlyList<ContentValidationError>> ValidateAsync(string? seriesJson)
    {
        var settings = new JsonObject { [nameof(ContentPartFieldSettings)] = new JsonObject { [nameof(ContentPartFieldSettings.DisplayName)] = "Series" } };
        var part = new ContentPartDefinition("KeyMeasure", [], [new ContentPartFieldDefinition("Series", nameof(MeasureSeriesField), settings)]);
        var type = new ContentTypeDefinition("KeyMeasure", "Key Measure", [], [new ContentTypePartDefinition("KeyMeasure", part, [])]);
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "KeyMeasure" };
        if (seriesJson is not null)
        {
            item.GetOrCreatePartJson("KeyMeasure")["Series"] = JsonNode.Parse(seriesJson);
        }

        var result = new ContentValidationResult();
        await new ContentFieldValidationHandler([new MeasureSeriesFieldValidator(Rule)]).ValidatingAsync(new ValidateContentContext(item, type, result));
        return result.Errors;
    }
}

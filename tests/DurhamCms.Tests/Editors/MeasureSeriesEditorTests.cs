using System.Net;
using DurhamCms.StrategicPlan.Measures.Editor;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Editors;

/// <summary>The measure series table: rows shown, saved in order, and added, moved, removed and pasted without JavaScript.</summary>
public sealed class MeasureSeriesEditorTests : IAsyncLifetime
{
    private const string Title = "Engaged City Attendees";

    private readonly TestSite _site = new();
    private SiteClient _admin = null!;

    public async Task InitializeAsync() => _admin = await _site.SignInAsync("admin", "Test-admin-password-1");

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    private static List<KeyValuePair<string, string>> Rows(params (string Period, string Value, string Note)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>> { new("KeyMeasure.Series.Unit", "attendees"), new("KeyMeasure.Series.ChartKind", "line") };
        for (var i = 0; i < rows.Length; i++)
        {
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Period", rows[i].Period));
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Value", rows[i].Value));
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Note", rows[i].Note));
        }

        return fields;
    }

    [Fact]
    public async Task The_table_shows_the_stored_rows_and_blank_rows_to_add_to()
    {
        var measure = await _site.FindAsync("KeyMeasure", Title);

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(measure.ContentItemId));

        Assert.Contains("name=\"KeyMeasure.Series.Points[0].Period\" value=\"2023-07\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"KeyMeasure.Series.Points[5].Value\" value=\"32\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"KeyMeasure.Series.Points[7].Period\" value=\"\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Points[8]", page, StringComparison.Ordinal);
        Assert.Contains("name=\"KeyMeasure.Series.Unit\" value=\"attendees\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_rows_and_pasted_spreadsheet_rows_are_stored_in_order_in_the_fields_json_shape()
    {
        var measure = await _site.FindAsync("KeyMeasure", Title);
        var fields = Rows(("2024-01", "1,010", ""), ("2024-02", "1,200.5", "a note"), ("", "", ""));
        fields.Add(new("KeyMeasure.Series.Paste", "Period\tValue\tNote\r\n2024-03\t1070\tpasted\r\n2024-04\t1080\r\n"));

        using var response = await _admin.SaveAsync(measure.ContentItemId, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var series = (await _site.LatestAsync(measure.ContentItemId)).GetPartJson("KeyMeasure")!["Series"]!.AsObject();
        var points = series["Points"]!.AsArray();
        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], points.Select(p => p!["Period"]!.GetValue<string>()));
        Assert.Equal([1010m, 1200.5m, 1070m, 1080m], points.Select(p => p!["Value"]!.GetValue<decimal>()));
        Assert.Equal("a note", points[1]!["Note"]!.GetValue<string>());
        Assert.Equal("pasted", points[2]!["Note"]!.GetValue<string>());
        Assert.Null(points[0]!["Note"]);
        Assert.Equal("line", series["ChartKind"]!.GetValue<string>());
        Assert.Equal("attendees", series["Unit"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("up:1", new[] { "2024-02", "2024-01", "2024-03" })]
    [InlineData("down:0", new[] { "2024-02", "2024-01", "2024-03" })]
    [InlineData("remove:1", new[] { "2024-01", "2024-03" })]
    [InlineData("add", new[] { "2024-01", "2024-02", "2024-03", "" })]
    public async Task Row_buttons_work_without_javascript_and_save_nothing(string action, string[] periods)
    {
        var measure = await _site.FindAsync("KeyMeasure", Title);
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(measure.ContentItemId));
        var fields = Rows(("2024-01", "1", ""), ("2024-02", "2", ""), ("2024-03", "3", ""));
        fields.Add(new("editorAction", $"KeyMeasure.Series:{action}"));

        using var response = await _admin.PostEditAsync(measure.ContentItemId, page, fields, command: "");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        for (var i = 0; i < periods.Length; i++)
        {
            Assert.Contains($"name=\"KeyMeasure.Series.Points[{i}].Period\" value=\"{periods[i]}\"", body, StringComparison.Ordinal);
        }

        Assert.Equal(measure.ContentItemVersionId, (await _site.LatestAsync(measure.ContentItemId)).ContentItemVersionId);
        Assert.Equal("2023-07", (await _site.LatestAsync(measure.ContentItemId)).GetPartJson("KeyMeasure")!["Series"]!["Points"]![0]!["Period"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pasted_rows_move_into_the_table_when_asked_so_they_can_be_checked_before_saving()
    {
        var measure = await _site.FindAsync("KeyMeasure", Title);
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(measure.ContentItemId));
        var fields = Rows(("2024-01", "1", ""));
        fields.Add(new("KeyMeasure.Series.Paste", "2024-02\t2\n2024-03\t3"));
        fields.Add(new("editorAction", "KeyMeasure.Series:paste"));

        using var response = await _admin.PostEditAsync(measure.ContentItemId, page, fields, command: "");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("name=\"KeyMeasure.Series.Points[2].Period\" value=\"2024-03\"", body, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*name=\"KeyMeasure.Series.Paste\"[^>]*></textarea>", body);
    }

    [Fact]
    public void Pasting_reads_tabs_or_commas_skips_a_header_and_ignores_blank_lines()
    {
        var rows = MeasureSeriesForm.ParsePaste("Period,Value\n\n2024-01,5\r\nFY2025 Q1\t6\tnote one\tnote two\n");

        Assert.Equal([new MeasureRow("2024-01", "5", ""), new MeasureRow("FY2025 Q1", "6", "note one, note two")], rows);
    }

    [Fact]
    public void Row_actions_out_of_range_change_nothing()
    {
        var rows = new List<MeasureRow> { new("2024-01", "1", ""), new("2024-02", "2", "") };

        MeasureSeriesForm.ApplyAction(rows, "up:0");
        MeasureSeriesForm.ApplyAction(rows, "down:1");
        MeasureSeriesForm.ApplyAction(rows, "remove:9");
        MeasureSeriesForm.ApplyAction(rows, "nonsense");

        Assert.Equal(["2024-01", "2024-02"], rows.Select(r => r.Period));
    }

    [Fact]
    public async Task The_series_editor_round_trips_an_empty_series_as_no_points()
    {
        var measure = await _site.FindAsync("KeyMeasure", Title);

        using var response = await _admin.SaveAsync(measure.ContentItemId, Rows());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await _site.LatestAsync(measure.ContentItemId)).GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray());
    }
}

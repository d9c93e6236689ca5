using System.Net;
using DurhamCms.Recipes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>
/// Bad data kept from residents: a period that has not begun is refused, and a value far outside
/// its series needs "I confirm this value is correct", in the editor and on the entry page alike;
/// a recipe import refuses the first (row named, nothing kept) and warns of the second.
/// </summary>
public sealed class MeasureDataGuardTests : IAsyncLifetime
{
    // 2 December 2026 in Durham: January 2027 has not begun.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero));
    private TestSite _site = null!;
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        _site = new TestSite(new TestSiteOptions { Clock = _clock });
        _admin = await _site.SignInAsync("admin", "Test-admin-password-1");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    /// <summary>The seeded six months of 3.11 (values 16 to 32), then the rows given.</summary>
    private static List<KeyValuePair<string, string>> SeededRowsAnd(params (string Period, string Value)[] more)
    {
        (string, string)[] rows = [("2023-07", "23"), ("2023-08", "24"), ("2023-09", "17"), ("2023-10", "16"), ("2023-11", "19"), ("2023-12", "32"), .. more];
        var fields = new List<KeyValuePair<string, string>> { new("KeyMeasure.Series.Unit", "attendees"), new("KeyMeasure.Series.ChartKind", "bar") };
        for (var i = 0; i < rows.Length; i++)
        {
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Period", rows[i].Item1));
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Value", rows[i].Item2));
            fields.Add(new($"KeyMeasure.Series.Points[{i}].Note", ""));
        }

        return fields;
    }

    private async Task<System.Text.Json.Nodes.JsonNode?> LatestPointAsync(string period) =>
        (await _site.LatestAsync(SeededPlan.Measure311)).GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray()
            .FirstOrDefault(p => p!["Period"]!.GetValue<string>() == period);

    [Fact]
    public async Task The_editor_refuses_a_period_that_has_not_begun_naming_it()
    {
        using var response = await _admin.SaveAsync(SeededPlan.Measure311, SeededRowsAnd(("2027-01", "25")));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Row 7: January 2027 has not begun", body, StringComparison.Ordinal);
        Assert.Null(await LatestPointAsync("2027-01"));
    }

    [Fact]
    public async Task The_editor_keeps_a_far_out_value_only_when_confirmed()
    {
        var fields = SeededRowsAnd(("2024-01", "1200"));
        using var refused = await _admin.SaveAsync(SeededPlan.Measure311, fields);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Row 7: 1200 for January 2024 is far outside the series", body, StringComparison.Ordinal);
        Assert.Contains($"name=\"KeyMeasure.Series.{DurhamCms.StrategicPlan.Measures.Editor.MeasureSeriesFieldEditor.ConfirmOutliers}\"", body, StringComparison.Ordinal);
        Assert.Contains(MeasureOutliers.ConfirmLabel, body, StringComparison.Ordinal);
        Assert.Null(await LatestPointAsync("2024-01"));

        fields.Add(new("KeyMeasure.Series.ConfirmOutliers", "true"));
        using var saved = await _admin.SaveAsync(SeededPlan.Measure311, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var point = await LatestPointAsync("2024-01");
        Assert.Equal(1200m, point!["Value"]!.GetValue<decimal>());
        Assert.True(point["Confirmed"]!.GetValue<bool>());

        // Confirmed once: saving the series again unchanged asks nothing.
        using var again = await _admin.SaveAsync(SeededPlan.Measure311, SeededRowsAnd(("2024-01", "1200")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task The_entry_page_refuses_a_period_that_has_not_begun_naming_it()
    {
        using var response = await _admin.PostFormAsync($"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period=2027-01", [
            new("period", "2027-01"), new("ids", SeededPlan.Measure311), new($"value:{SeededPlan.Measure311}", "25"), new("command", "save")], ReportingUrls.Enter);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("January 2027 has not begun", body, StringComparison.Ordinal);
        Assert.Null(await LatestPointAsync("2027-01"));
    }

    [Fact]
    public async Task The_entry_page_keeps_a_far_out_value_only_when_confirmed()
    {
        var url = $"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period=2026-11";
        List<KeyValuePair<string, string>> form = [new("period", "2026-11"), new("ids", SeededPlan.Measure311), new($"value:{SeededPlan.Measure311}", "1200"), new("command", "save")];

        using var refused = await _admin.PostFormAsync(url, form, ReportingUrls.Enter);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("1200 for November 2026 is far outside the series (its median is", body, StringComparison.Ordinal);
        Assert.Contains($"name=\"confirm:{SeededPlan.Measure311}\"", body, StringComparison.Ordinal);
        Assert.Null(await LatestPointAsync("2026-11"));

        using var saved = await _admin.PostFormAsync(url, [.. form, new($"confirm:{SeededPlan.Measure311}", "true")], ReportingUrls.Enter);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1200m, (await LatestPointAsync("2026-11"))!["Value"]!.GetValue<decimal>());
    }

    private static string MeasureRecipe(string id, string lastPeriod, int lastValue) => $$"""
        { "name": "Measures", "steps": [ { "name": "Content", "Data": [ {
          "ContentItemId": "{{id}}", "ContentType": "KeyMeasure", "DisplayText": "Imported measure", "Latest": true, "Published": true,
          "TitlePart": { "Title": "Imported measure" },
          "KeyMeasure": {
            "Initiative": { "ContentItemIds": [ "{{SeededPlan.Initiative311}}" ] },
            "Series": { "Unit": "attendees", "ChartKind": "bar", "Points": [
              { "Period": "2024-01", "Value": 20 }, { "Period": "2024-02", "Value": 21 }, { "Period": "2024-03", "Value": 19 },
              { "Period": "2024-04", "Value": 22 }, { "Period": "{{lastPeriod}}", "Value": {{lastValue}} } ] }
          } } ] } ] }
        """;

    [Fact]
    public async Task An_import_with_a_period_that_has_not_begun_is_refused_naming_the_row_and_keeps_nothing()
    {
        var before = await _site.CountVersionsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => _site.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(MeasureRecipe("4k7qxzmb2hf8yd3nq0vw5t9c01", "2027-06", 23), null)));

        Assert.Contains("item 1 (KeyMeasure 4k7qxzmb2hf8yd3nq0vw5t9c01)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Row 5: June 2027 has not begun", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.CountVersionsAsync());
    }

    [Fact]
    public async Task An_import_with_a_far_out_value_is_kept_with_a_warning_naming_the_row()
    {
        var result = await _site.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(MeasureRecipe("4k7qxzmb2hf8yd3nq0vw5t9c02", "2024-05", 1200), null));

        var warning = Assert.Single(result.Warnings, w => w.Contains("far outside", StringComparison.Ordinal));
        Assert.Contains("item 1 (KeyMeasure 4k7qxzmb2hf8yd3nq0vw5t9c02)", warning, StringComparison.Ordinal);
        Assert.Contains("row 5: 1200 for May 2024 is far outside the series (its median is 21)", warning, StringComparison.Ordinal);
        Assert.NotNull(await _site.PublishedAsync("4k7qxzmb2hf8yd3nq0vw5t9c02"));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Parts.Models;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.StrategicPlan.Measures;

/// <summary>The series field on the real host: refused through the content manager, shown through its display partial.</summary>
public sealed partial class MeasureSeriesSiteTests
{
    [Fact]
    public async Task A_key_measure_with_a_bad_series_is_refused_row_by_row_and_nothing_is_stored()
    {
        await using var site = new TestSite();
        var versionsBefore = await site.CountVersionsAsync();

        var (result, id) = await site.InScopeAsync(async sp =>
        {
            // The recipe's KeyMeasure part may not list the field yet; the test adds it so it holds either way.
            await sp.GetRequiredService<IContentDefinitionManager>().AlterPartDefinitionAsync(PlanContent.KeyMeasure.Type, p => p
                .WithField(PlanContent.KeyMeasure.Series, f => f.OfType(nameof(MeasureSeriesField)).WithDisplayName("Series")));

            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(PlanContent.KeyMeasure.Type);
            item.Apply(new TitlePart { Title = "Engaged City Attendees" });
            item.GetOrCreatePartJson(PlanContent.KeyMeasure.Type)[PlanContent.KeyMeasure.Series] = JsonNode.Parse("""
                {"Unit": "attendees", "ChartKind": "bar", "Points": [
                  {"Period": "2023-07", "Value": 23},
                  {"Period": "2023-08", "Value": 24},
                  {"Period": "Julyy 2023", "Value": 17},
                  {"Period": "2023-10", "Value": "abc"}
                ]}
                """);
            return (await cm.CreateAsync(item, VersionOptions.Published), item.ContentItemId);
        });

        Assert.False(result.Succeeded);
        Assert.Contains(new ContentValidationError("KeyMeasure.Series.Points[2]",
            "Row 3: 'Julyy 2023' is not a period; use 2023-07 (a month), FY2025 Q1 (a quarter) or FY2025 (a fiscal year)."), result.Errors);
        Assert.Contains(new ContentValidationError("KeyMeasure.Series.Points[3]", "Row 4: the value 'abc' is not a number."), result.Errors);
        Assert.DoesNotContain(result.Errors, e => e.Member.StartsWith("KeyMeasure.Series.Points[0]", StringComparison.Ordinal) || e.Member.StartsWith("KeyMeasure.Series.Points[1]", StringComparison.Ordinal));
        Assert.Equal(versionsBefore, await site.CountVersionsAsync());
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest)));
    }

    [Fact]
    public async Task A_series_shows_as_a_chart_then_the_same_data_as_a_table_with_downloads()
    {
        await using var site = new TestSite();
        var id = await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("MeasureShowcase", p => p
                .WithField("Series", f => f.OfType(nameof(MeasureSeriesField)).WithDisplayName("Series")));
            await definitions.AlterTypeDefinitionAsync("MeasureShowcase", t => t.WithPart(nameof(TitlePart)).WithPart("MeasureShowcase"));

            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("MeasureShowcase");
            item.Apply(new TitlePart { Title = "Engaged City Attendees" });
            item.ApplyField("MeasureShowcase", "Series", MeasureSamples.EngagedCity(target: 30));
            var result = await cm.CreateAsync(item, VersionOptions.Published);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });

        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri($"/contents/{id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figure = FigurePattern().Match(html);
        Assert.True(figure.Success, html);
        var markup = figure.Value;
        Assert.Contains($"role=\"img\" aria-labelledby=\"measure-{id}-title measure-{id}-desc\"", markup);
        Assert.Equal(6, Regex.Count(markup, "<rect "));
        Assert.Contains("<figcaption>Engaged City Attendees. Target: 30 attendees. Higher is better.</figcaption>", markup);
        Assert.Contains("<caption>Engaged City Attendees: the data behind the chart</caption>", markup);
        Assert.Contains("<th scope=\"col\">Value (attendees)</th>", markup);
        Assert.Equal(
            ["July 2023:23", "August 2023:24", "September 2023:17", "October 2023:16", "November 2023:19", "December 2023:32"],
            RowPattern().Matches(markup).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}"));
        Assert.Contains($"<a href=\"/api/measures/{id}.csv\" download aria-label=\"Download data as CSV: Engaged City Attendees\">Download data as CSV</a>", markup);
        Assert.Contains($"<a href=\"/api/measures/{id}.json\" download aria-label=\"Download data as JSON: Engaged City Attendees\">Download data as JSON</a>", markup);
        Assert.True(markup.Length < 8 * 1024, $"The figure is {markup.Length} characters; an initiative page has 50 KB for everything.");
    }

    [GeneratedRegex("<figure class=\"measure\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigurePattern();

    [GeneratedRegex("<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td>")]
    private static partial Regex RowPattern();
}

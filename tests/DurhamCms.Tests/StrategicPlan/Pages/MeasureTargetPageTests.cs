using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DurhamCms.Tests.Infrastructure;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

/// <summary>Measures against their targets as residents read them: on the initiative page, the priority page and the home page.</summary>
public sealed class MeasureTargetPageTests
{
    private static MeasureSeriesField Series(decimal? target, string? direction, params (string Period, decimal Value)[] points) => new()
    {
        Unit = "attendees",
        Target = target,
        BetterDirection = direction,
        Points = points.Select(p => new MeasurePoint { Period = p.Period, Value = p.Value }).ToList(),
    };

    /// <summary>The HTML of the key measure headed <paramref name="title"/>, up to the next one.</summary>
    private static string Measure(string html, string title)
    {
        var start = html.IndexOf($"<h3>{title}</h3>", StringComparison.Ordinal);
        Assert.True(start > 0, $"no measure {title}");
        var end = html.IndexOf("<div class=\"key-measure\">", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    [Fact]
    public async Task Each_measure_says_on_off_or_no_target_in_words_with_an_icon_its_change_and_its_period_before_the_chart()
    {
        await using var site = new TestSite();
        var (id, path) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.91", "Grow the urban canopy", "In Progress");
        // Entered out of order: December first, November last.
        await site.AddMeasureAsync(id, "Meeting attendees", Series(20, "up", ("2023-12", 32), ("2023-10", 16), ("2023-11", 19)));
        await site.AddMeasureAsync(id, "Days to plant", Series(30, "down", ("2023-11", 28), ("2023-12", 35)));
        await site.AddMeasureAsync(id, "Complaints", Series(10, "down", ("2023-11", 12), ("2023-12", 8)));
        await site.AddMeasureAsync(id, "Volunteers", Series(null, "up", ("2023-11", 5), ("2023-12", 5)));
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);

        var attendees = Measure(html, "Meeting attendees");
        var text = ReadableText(attendees);
        Assert.Contains("32 attendees in December 2023, up from 19 in November 2023; the target is 20. On target Up 13 from November 2023 Data as of December 2023", text, StringComparison.Ordinal);
        Assert.Contains("<li class=\"target-state target-state-ontarget\"><svg class=\"target-icon target-on\"", attendees, StringComparison.Ordinal);
        Assert.True(attendees.IndexOf("measure-summary", StringComparison.Ordinal) < attendees.IndexOf("<svg xmlns=", StringComparison.Ordinal), "the sentence precedes the chart");
        // The table and the chart follow the periods, not the entry order.
        var rows = attendees[attendees.IndexOf("<tbody>", StringComparison.Ordinal)..];
        Assert.True(rows.IndexOf("October 2023", StringComparison.Ordinal) < rows.IndexOf("November 2023", StringComparison.Ordinal)
            && rows.IndexOf("November 2023", StringComparison.Ordinal) < rows.IndexOf("December 2023", StringComparison.Ordinal));

        var days = Measure(html, "Days to plant");
        Assert.Contains("35 attendees in December 2023, up from 28 in November 2023; the target is 30, and lower is better. Off target Up 7 from November 2023 Data as of December 2023", ReadableText(days), StringComparison.Ordinal);
        Assert.Contains("<svg class=\"target-icon target-off\"", days, StringComparison.Ordinal);

        var complaints = Measure(html, "Complaints");
        Assert.Contains("On target Down 4 from November 2023", ReadableText(complaints), StringComparison.Ordinal);

        var volunteers = Measure(html, "Volunteers");
        Assert.Contains("5 attendees in December 2023, the same as in November 2023. No target No change from November 2023 Data as of December 2023", ReadableText(volunteers), StringComparison.Ordinal);
        Assert.Contains("<svg class=\"target-icon target-none\"", volunteers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_priority_page_rolls_up_its_initiatives_by_status_and_its_measures_on_and_off_target()
    {
        await using var site = new TestSite();
        await site.RemoveSeededInitiativesAsync(ThrivingEnvironment);
        var (a, path) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.91", "Plant street trees", "In Progress");
        var (b, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.92", "Restore stream banks", "In Progress");
        var (c, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.93", "Electrify the fleet", "On Hold");
        await site.AddMeasureAsync(a, "Trees", Series(100, "up", ("2023-12", 120)));
        await site.AddMeasureAsync(a, "Dead saplings", Series(5, "down", ("2023-12", 9)));
        await site.AddMeasureAsync(b, "Banks restored", Series(3, "up", ("2023-12", 1)));
        await site.AddMeasureAsync(c, "Electric vehicles", Series(null, "up", ("2023-12", 12)));
        // A measure of an unpublished initiative is not the priority's to count.
        var (draft, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.94", "Not yet public", "On Hold", publish: false);
        await site.AddMeasureAsync(draft, "Hidden", Series(1, "up", ("2023-12", 5)));
        using var client = site.CreateClient();
        var priorityPath = (await client.GetStringAsync(path)) is var initiative
            ? System.Text.RegularExpressions.Regex.Match(initiative, "<li><a href=\"([^\"]+)\">Thriving and Vibrant Environment</a></li>").Groups[1].Value
            : "";

        var html = await client.GetStringAsync(priorityPath);

        var rollUp = html[html.IndexOf("<section class=\"priority-rollup\"", StringComparison.Ordinal)..];
        rollUp = ReadableText(rollUp[..rollUp.IndexOf("</section>", StringComparison.Ordinal)]);
        Assert.Contains("Initiatives by status: 2 In Progress, 1 On Hold, 0 Complete/Ongoing", rollUp, StringComparison.Ordinal);
        Assert.Contains("Measures: 1 on target, 2 off target, 1 without a target or data.", rollUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_counts_measures_on_target_and_initiatives_updated_in_the_last_quarter_by_the_sites_clock()
    {
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock });
        var (old, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.91", "Plant street trees", "In Progress");
        await site.AddStatusUpdateAsync(old, "FY2024 Q1", "In Progress", "<p>Planted.</p>", "<p>More.</p>");
        await site.AddMeasureAsync(old, "Trees", Series(100, "up", ("2023-12", 120)));

        // Four months on, everything above (and the seed) is older than a quarter.
        clock.Advance(TimeSpan.FromDays(122));
        var (recent, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.92", "Restore stream banks", "On Hold");
        await site.AddStatusUpdateAsync(recent, "FY2024 Q2", "On Hold", "<p>Waiting.</p>", "<p>Permits.</p>");
        await site.AddMeasureAsync(recent, "Banks restored", Series(3, "up", ("2023-12", 1)));
        await site.AddMeasureAsync(recent, "Silt", Series(5, "down", ("2023-12", 4)));
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.93", "Electrify the fleet", "On Hold");
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        var progress = html[html.IndexOf("<section class=\"plan-progress\"", StringComparison.Ordinal)..];
        progress = ReadableText(progress[..progress.IndexOf("</section>", StringComparison.Ordinal)]);
        // The seed's measures have no target: only the three created here are judged.
        Assert.Contains("2 of 3 measures on target", progress, StringComparison.Ordinal);
        Assert.Contains("1 initiative updated in the last quarter", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_keeps_each_measures_standing_and_a_row_from_before_it_did_is_judged_from_its_series()
    {
        await using var site = new TestSite();
        var (id, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.91", "Plant street trees", "In Progress");
        var trees = await site.AddMeasureAsync(id, "Trees", Series(100, "up", ("2023-12", 120)));
        var saplings = await site.AddMeasureAsync(id, "Dead saplings", Series(5, "down", ("2023-12", 9)));
        await site.AddMeasureAsync(id, "Volunteers", Series(null, "up", ("2023-12", 5)));

        var standings = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>()
            .Where(m => m.Published && (m.ContentItemId == trees || m.ContentItemId == saplings))
            .ToDictionaryAsync(m => m.ContentItemId, m => m.Standing));
        Assert.Equal("OnTarget", standings[trees]);
        Assert.Equal("OffTarget", standings[saplings]);

        // A row written by the release before the column: the page reads that measure's series.
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>()
            .Where(m => m.ContentItemId == trees || m.ContentItemId == saplings)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Standing, (string?)null)));
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        var progress = html[html.IndexOf("<section class=\"plan-progress\"", StringComparison.Ordinal)..];
        progress = ReadableText(progress[..progress.IndexOf("</section>", StringComparison.Ordinal)]);
        Assert.Contains("1 of 2 measures on target", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_an_earlier_release_wrote_without_a_standing_are_filled_in_from_their_series()
    {
        await using var site = new TestSite();
        var (id, _) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.92", "Plant more street trees", "In Progress");
        var trees = await site.AddMeasureAsync(id, "Trees planted", Series(100, "up", ("2023-12", 120)));
        var saplings = await site.AddMeasureAsync(id, "Saplings lost", Series(5, "down", ("2023-12", 9)));
        var volunteers = await site.AddMeasureAsync(id, "Tree volunteers", Series(null, "up", ("2023-12", 5)));
        string[] ids = [trees, saplings, volunteers];
        Task<Dictionary<string, string?>> StandingsAsync() => site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>()
            .Where(m => ids.Contains(m.ContentItemId)).GroupBy(m => m.ContentItemId).ToDictionaryAsync(g => g.Key, g => g.Max(m => m.Standing)));
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>()
            .Where(m => ids.Contains(m.ContentItemId))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Standing, (string?)null)));

        var filled = await site.Services.GetRequiredService<KeyMeasureStandingBackfill>().FillAsync();

        var standings = await StandingsAsync();
        Assert.Equal("OnTarget", standings[trees]);
        Assert.Equal("OffTarget", standings[saplings]);
        Assert.Equal("NoTarget", standings[volunteers]);
        Assert.True(filled >= 3, $"filled {filled} rows");
        Assert.Equal(0, await site.Services.GetRequiredService<KeyMeasureStandingBackfill>().FillAsync());
    }
}

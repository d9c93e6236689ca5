using System.Text.Json;
using System.Text.RegularExpressions;
using DurhamCms.Caching;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.StrategicPlan.Pages;

/// <summary>
/// "Update overdue" as residents read it: on 16 February 2024 the seeded 3.11's monthly measure
/// (data to December 2023) owes January, so 3.11 and its measure are overdue on its page, in its
/// priority's list and in plan.json; the outline's initiatives, never reported, are not.
/// </summary>
public sealed class UpdateOverduePageTests
{
    private static readonly FakeTimeProvider February16 = new(new DateTimeOffset(2024, 2, 16, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_overdue_initiative_and_measure_say_so_on_the_page_the_priority_list_and_plan_json()
    {
        await using var site = new TestSite(new TestSiteOptions { Clock = February16 });
        using var client = site.CreateClient();

        using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/plan.json"));
        var priorities = plan.RootElement.GetProperty("priorities").EnumerateArray().ToList();
        var initiatives = priorities.SelectMany(p => p.GetProperty("initiatives").EnumerateArray()).ToList();
        var i311 = initiatives.Single(i => i.GetProperty("id").GetString() == SeededPlan.Initiative311);
        Assert.True(i311.GetProperty("updateOverdue").GetBoolean());
        Assert.Equal("quarterly", i311.GetProperty("cadence").GetString());
        var measure = i311.GetProperty("keyMeasures").EnumerateArray().Single(m => m.GetProperty("id").GetString() == SeededPlan.Measure311);
        Assert.True(measure.GetProperty("updateOverdue").GetBoolean());
        Assert.Equal("monthly", measure.GetProperty("cadence").GetString());
        // Not yet reported is not overdue.
        var unreported = initiatives.Where(i => i.GetProperty("status").GetString() == "Not yet reported").ToList();
        Assert.NotEmpty(unreported);
        Assert.All(unreported, i => Assert.False(i.GetProperty("updateOverdue").GetBoolean()));

        var page = await client.GetStringAsync(new Uri(i311.GetProperty("url").GetString()!).PathAndQuery);
        var header = page[page.IndexOf("class=\"initiative-status\"", StringComparison.Ordinal)..];
        header = header[..header.IndexOf("</p>", StringComparison.Ordinal)];
        Assert.Contains("Update overdue", header, StringComparison.Ordinal);
        Assert.Contains("class=\"measure-overdue\"", page, StringComparison.Ordinal);
        Assert.Contains("overdue-icon", page, StringComparison.Ordinal); // an icon beside the words, not colour alone

        var priority = priorities.Single(p => p.GetProperty("initiatives").EnumerateArray().Any(i => i.GetProperty("id").GetString() == SeededPlan.Initiative311));
        var list = await client.GetStringAsync(new Uri(priority.GetProperty("url").GetString()!).PathAndQuery);
        Assert.Single(Regex.Matches(list, "class=\"update-overdue\""));
    }

    [Fact]
    public async Task The_priority_list_judges_measures_by_their_index_rows_and_rows_from_an_earlier_release_by_their_documents()
    {
        await using var site = new TestSite(new TestSiteOptions { Clock = February16 });
        using var client = site.CreateClient();
        using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/plan.json"));
        var priorityUrl = new Uri(plan.RootElement.GetProperty("priorities").EnumerateArray()
            .Single(p => p.GetProperty("initiatives").EnumerateArray().Any(i => i.GetProperty("id").GetString() == SeededPlan.Initiative311))
            .GetProperty("url").GetString()!).AbsolutePath;
        // An index row changed behind the CMS's back evicts nothing: empty the page cache, and the reads
        // the node keeps for anonymous renders, before each read.
        async Task<int> OverdueListedAsync()
        {
            await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PageCacheTags.Site, default);
            site.Services.GetRequiredService<PublishedReadCache>().InvalidateAll();
            return Regex.Count(await client.GetStringAsync(priorityUrl), "class=\"update-overdue\"");
        }

        Task<KeyMeasureIndex> RowAsync() => site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>().AsNoTracking()
            .SingleAsync(m => m.Published && m.ContentItemId == SeededPlan.Measure311));
        Task SetRowAsync(string? frequency, string? periods) => site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<KeyMeasureIndex>()
            .Where(m => m.ContentItemId == SeededPlan.Measure311)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Frequency, frequency).SetProperty(m => m.LatestPeriods, periods)));

        var row = await RowAsync();
        Assert.Equal(("Monthly", "2023-12"), (row.Frequency, row.LatestPeriods));
        Assert.Equal(1, await OverdueListedAsync());

        // The row, not the document, is what the list reads: a row saying January was reported clears the mark.
        await SetRowAsync("Monthly", "2024-01");
        Assert.Equal(0, await OverdueListedAsync());

        // A row an earlier release wrote has neither: the document is read, so the list is right before the backfill runs.
        await SetRowAsync(null, null);
        Assert.Equal(1, await OverdueListedAsync());

        Assert.True(await site.Services.GetRequiredService<KeyMeasureStandingBackfill>().FillAsync() >= 1);
        row = await RowAsync();
        Assert.Equal(("Monthly", "2023-12"), (row.Frequency, row.LatestPeriods));
        Assert.Equal(1, await OverdueListedAsync());
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
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
}

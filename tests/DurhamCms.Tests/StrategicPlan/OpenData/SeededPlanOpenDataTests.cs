using System.Text.Json;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

/// <summary>The Durham recipe's own plan, as open data shows it.</summary>
public sealed class SeededPlanOpenDataTests
{
    [Fact]
    public async Task Initiative_3_11_and_its_measure_are_in_the_plan_and_the_measure_downloads_as_six_rows()
    {
        await using var site = new TestSite();
        var client = site.CreateClient();

        using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/plan.json"));
        var initiative = plan.RootElement.GetProperty("priorities").EnumerateArray()
            .SelectMany(p => p.GetProperty("initiatives").EnumerateArray())
            .Single(i => i.GetProperty("number").GetString() == "3.11");
        var measure = initiative.GetProperty("keyMeasures").EnumerateArray().Single(m => m.GetProperty("title").GetString() == "Engaged City Attendees");
        var csvResponse = await client.GetAsync(new Uri(measure.GetProperty("csv").GetString()!).PathAndQuery);
        var csv = await csvResponse.Content.ReadAsStringAsync();

        Assert.Equal("Budget and Management Services Department / Office of Performance and Innovation / Strategy and Performance Division", plan.RootElement.GetProperty("publisher").GetString());
        Assert.Equal([23m, 24m, 17m, 16m, 19m, 32m], measure.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()));
        Assert.Equal("attachment; filename=\"engaged-city-attendees.csv\"", csvResponse.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(7, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.NotEmpty(initiative.GetProperty("statusUpdates").EnumerateArray());
    }
}

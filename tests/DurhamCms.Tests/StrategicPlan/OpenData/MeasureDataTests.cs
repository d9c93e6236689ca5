using System.Net;
using System.Text.Json;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

public sealed class MeasureDataTests
{
    [Fact]
    public async Task A_published_measure_downloads_as_csv_with_a_header_and_one_row_per_point()
    {
        await using var site = new TestSite();
        var initiative = await site.InitiativeAsync("3.94", "Test initiative with a measure");
        var measure = await site.MeasureAsync(initiative.ContentItemId, "Engaged City Attendees");
        var client = site.CreateClient();

        var response = await client.GetAsync($"/api/measures/{measure.ContentItemId}.csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"engaged-city-attendees.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(
            "period,label,value,note\r\n2023-07,July 2023,23,\r\n2023-08,August 2023,24,\"first, \"\"big\"\" month\"\r\n2023-09,September 2023,17,'=SUM(A1)\r\n",
            csv);
    }

    [Fact]
    public async Task A_published_measure_reads_as_json_with_its_series()
    {
        await using var site = new TestSite();
        var initiative = await site.InitiativeAsync("3.95", "Test initiative with a JSON measure");
        var measure = await site.MeasureAsync(initiative.ContentItemId, "Test Attendees");
        var client = site.CreateClient();

        var response = await client.GetAsync($"/api/measures/{measure.ContentItemId}.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Test Attendees", json.RootElement.GetProperty("measure").GetString());
        Assert.Equal("people", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("points").GetArrayLength());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task Unknown_malformed_draft_and_non_measure_ids_are_404_problems(string format)
    {
        await using var site = new TestSite();
        var initiative = await site.InitiativeAsync("3.96", "Test initiative with a draft measure");
        var draft = await site.MeasureAsync(initiative.ContentItemId, "Test draft measure", publish: false);
        var client = site.CreateClient();

        foreach (var id in new[] { "4x0000000000000000000000zz", "not-an-id%20'", new string('a', 300), draft.ContentItemId, initiative.ContentItemId })
        {
            var response = await client.GetAsync($"/api/measures/{id}.{format}");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("No published key measure", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Test draft measure", body, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using System.Text.Json;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

public sealed class PlanJsonTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_plan_is_one_tree_of_published_priorities_initiatives_measures_and_updates(string database)
    {
        await using var site = new TestSite(database);
        var initiative = await site.InitiativeAsync("3.91", "Test pathways for engagement");
        var measure = await site.MeasureAsync(initiative.ContentItemId, "Test Attendees");
        await site.StatusUpdateAsync(initiative.ContentItemId, "FY2025 Q1", "In Progress");
        await site.StatusUpdateAsync(initiative.ContentItemId, "FY2025 Q2", "On Hold");
        var client = site.CreateClient();

        var response = await client.GetAsync("/api/plan.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var root = json.RootElement;
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("publisher").GetString()));
        Assert.True(root.GetProperty("generatedUtc").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        Assert.Contains("In Progress", root.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        var priorities = root.GetProperty("priorities").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], priorities.Select(p => p.GetProperty("number").GetInt32()));
        var priority3 = priorities[2];
        Assert.Equal(TestPlan.Priority3, priority3.GetProperty("id").GetString());
        Assert.StartsWith("http://localhost/priorities/", priority3.GetProperty("url").GetString(), StringComparison.Ordinal);

        var mine = priority3.GetProperty("initiatives").EnumerateArray().Single(i => i.GetProperty("id").GetString() == initiative.ContentItemId);
        Assert.Equal("3.91", mine.GetProperty("number").GetString());
        Assert.Equal("3.9", mine.GetProperty("objective").GetString());
        Assert.Equal("Test pathways for engagement", mine.GetProperty("title").GetString());
        Assert.Equal("http://localhost/initiatives/3-91-test-pathways-for-engagement", mine.GetProperty("url").GetString());
        // Its status is its latest published update's (README, "An initiative's status").
        Assert.Equal("On Hold", mine.GetProperty("status").GetString());
        Assert.Equal("Test Department", mine.GetProperty("leadDepartment").GetString());
        Assert.Equal("FY2024–26", mine.GetProperty("planCycle").GetString());
        Assert.Equal("<p>Test description of Test pathways for engagement.</p>", mine.GetProperty("description").GetString());
        Assert.Equal("<p>Because it is a test.</p>", mine.GetProperty("whyImportant").GetString());

        var keyMeasure = Assert.Single(mine.GetProperty("keyMeasures").EnumerateArray());
        Assert.Equal(measure.ContentItemId, keyMeasure.GetProperty("id").GetString());
        Assert.Equal("Test Attendees", keyMeasure.GetProperty("title").GetString());
        Assert.Equal("<p>Attendance grew.</p>", keyMeasure.GetProperty("analysis").GetString());
        Assert.Equal("people", keyMeasure.GetProperty("unit").GetString());
        Assert.Equal("bar", keyMeasure.GetProperty("chartKind").GetString());
        Assert.Equal(25m, keyMeasure.GetProperty("target").GetDecimal());
        Assert.Equal([23m, 24m, 17m], keyMeasure.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()));
        Assert.Equal("2023-07", keyMeasure.GetProperty("points")[0].GetProperty("period").GetString());
        Assert.Equal("July 2023", keyMeasure.GetProperty("points")[0].GetProperty("label").GetString());
        Assert.Equal($"http://localhost/api/measures/{measure.ContentItemId}.csv", keyMeasure.GetProperty("csv").GetString());
        Assert.Equal($"http://localhost/api/measures/{measure.ContentItemId}.json", keyMeasure.GetProperty("json").GetString());

        var updates = mine.GetProperty("statusUpdates").EnumerateArray().ToList();
        Assert.Equal(["FY2025 Q2", "FY2025 Q1"], updates.Select(u => u.GetProperty("period").GetString()));
        Assert.Equal("On Hold", updates[0].GetProperty("status").GetString());
        Assert.Equal("<ol><li>Worked on FY2025 Q2</li></ol>", updates[0].GetProperty("whatWeHaveBeenDoing").GetString());
        Assert.Contains("better", updates[0].GetProperty("whatsNext").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, updates[0].GetProperty("publishedUtc").ValueKind);
    }

    [Fact]
    public async Task A_draft_only_initiative_is_absent_and_an_unpublished_one_disappears_with_its_measures()
    {
        await using var site = new TestSite();
        var draft = await site.InitiativeAsync("3.92", "Test draft initiative", publish: false);
        var published = await site.InitiativeAsync("3.93", "Test initiative to unpublish");
        var measure = await site.MeasureAsync(published.ContentItemId, "Test measure of an unpublished initiative");
        var draftMeasure = await site.MeasureAsync(published.ContentItemId, "Test draft measure", publish: false);
        var client = site.CreateClient();

        var before = await client.GetStringAsync("/api/plan.json");
        await site.UnpublishAsync(published.ContentItemId);
        var after = await client.GetStringAsync("/api/plan.json");

        Assert.DoesNotContain(draft.ContentItemId, before, StringComparison.Ordinal);
        Assert.DoesNotContain("Test draft", before, StringComparison.Ordinal);
        Assert.DoesNotContain(draftMeasure.ContentItemId, before, StringComparison.Ordinal);
        Assert.Contains(published.ContentItemId, before, StringComparison.Ordinal);
        Assert.Contains(measure.ContentItemId, before, StringComparison.Ordinal);
        // The second read follows the unpublish at once: the publish handler evicted the cached tree.
        Assert.DoesNotContain(published.ContentItemId, after, StringComparison.Ordinal);
        Assert.DoesNotContain(measure.ContentItemId, after, StringComparison.Ordinal);
    }
}

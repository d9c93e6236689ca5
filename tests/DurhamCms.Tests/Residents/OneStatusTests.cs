using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DurhamCms.StrategicPlan.Status;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Search;
using DurhamCms.Tests.StrategicPlan.OpenData;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Residents;

/// <summary>
/// Issue 12, section 1: an initiative's status is its latest published status update's, else its
/// own field, and every place a resident or an editor reads it says the same.
/// </summary>
public sealed class OneStatusTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_published_update_changes_the_status_everywhere(string database)
    {
        await using var site = new TestSite(database);
        var (id, path) = await site.AddInitiativeAsync(Communities, "3.95", "Test initiative whose update puts it on hold", "In Progress");
        using var client = site.CreateClient();
        // Read once before the update, so a cached page that kept the old status would show here.
        Assert.Contains("<span class=\"status-text\">In Progress</span>", await client.GetStringAsync(path), StringComparison.Ordinal);

        await site.AddStatusUpdateAsync(id, "FY2025 Q2", "On Hold", "<p>Paused for the budget.</p>", "<p>Resume in the spring.</p>");
        // Written later but for an earlier period: the latest update is the one of the latest period.
        await site.AddStatusUpdateAsync(id, "FY2025 Q1", "In Progress", "<p>Started.</p>", "<p>Keep going.</p>");

        var page = await client.GetStringAsync(path);
        var start = page.IndexOf("<header class=\"initiative-header\">", StringComparison.Ordinal);
        var header = page[start..page.IndexOf("</header>", start, StringComparison.Ordinal)];
        Assert.Contains("<span class=\"status-text\">On Hold</span>", header, StringComparison.Ordinal);
        Assert.Contains("Latest update: FY2025 Q2 · Status reported: On Hold", ReadableText(page), StringComparison.Ordinal);

        var home = ReadableText(Card(await client.GetStringAsync("/"), WebUtility.HtmlEncode(Communities)));
        Assert.Contains("1 On Hold", home, StringComparison.Ordinal);

        var priorityPath = PriorityPath(page);
        var onHold = await client.GetStringAsync(priorityPath + "?status=On%20Hold");
        Assert.Contains("Test initiative whose update puts it on hold", onHold, StringComparison.Ordinal);
        var inProgress = await client.GetStringAsync(priorityPath + "?status=In%20Progress");
        Assert.DoesNotContain("Test initiative whose update puts it on hold", inProgress, StringComparison.Ordinal);

        using var plan = JsonDocument.Parse(await client.GetStringAsync("/api/plan.json"));
        var initiative = plan.RootElement.GetProperty("priorities").EnumerateArray()
            .SelectMany(p => p.GetProperty("initiatives").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id);
        Assert.Equal("On Hold", initiative.GetProperty("status").GetString());

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/status-updates.atom")).Root!;
        Assert.Contains(feed.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value == "3.95 — FY2025 Q2: On Hold");

        await site.WaitForSearchIndexAsync();
        var results = await client.SearchAsync("q=3.95");
        var hit = results.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == id);
        Assert.Equal("On Hold", hit.GetProperty("status").GetString());
        var statusFacet = results.GetProperty("facets").GetProperty("status").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains("On Hold", statusFacet);

        await site.CreateUserAsync("erin", "Editor");
        using var erin = await site.SignInAsync("erin");
        var admin = await erin.GetPageAsync("/admin/contents?type=Initiative&status=On%20Hold");
        Assert.Contains("Test initiative whose update puts it on hold", admin, StringComparison.Ordinal);
        Assert.Contains("<td>On Hold</td>", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_published_update_the_initiative_keeps_its_own_status_and_a_draft_update_changes_nothing()
    {
        await using var site = new TestSite();
        var (id, path) = await site.AddInitiativeAsync(Communities, "3.94", "Test initiative with only a draft update", "Complete/Ongoing");
        await site.InScopeAsync(async sp =>
        {
            var resolver = sp.GetRequiredService<InitiativeStatusResolver>();
            Assert.Equal("Complete/Ongoing", (await resolver.StatusesAsync([id], latest: false))[id]);
        });
        await site.StatusUpdateAsync(id, "FY2025 Q3", "On Hold", publish: false);
        using var client = site.CreateClient();

        Assert.Contains("<span class=\"status-text\">Complete/Ongoing</span>", await client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal("Complete/Ongoing", InitiativeStatus(await client.GetStringAsync("/api/plan.json"), id));
    }

    private static string? InitiativeStatus(string planJson, string id)
    {
        using var plan = JsonDocument.Parse(planJson);
        return plan.RootElement.GetProperty("priorities").EnumerateArray()
            .SelectMany(p => p.GetProperty("initiatives").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == id)
            .GetProperty("status").GetString();
    }

    /// <summary>The priority page the initiative's breadcrumb links to.</summary>
    private static string PriorityPath(string initiativePage)
    {
        var start = initiativePage.IndexOf("<li><a href=\"/priorities/", StringComparison.Ordinal) + "<li><a href=\"".Length;
        return initiativePage[start..initiativePage.IndexOf('"', start)];
    }
}

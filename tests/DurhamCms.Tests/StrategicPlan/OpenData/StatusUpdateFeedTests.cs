using System.Net;
using System.Xml.Linq;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

public sealed class StatusUpdateFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_feed_is_atom_with_published_updates_only_newest_first(string database)
    {
        await using var site = new TestSite(database);
        var initiative = await site.InitiativeAsync("3.97", "Test initiative with updates");
        var hidden = await site.InitiativeAsync("3.98", "Test draft initiative with an update", publish: false);
        var first = await site.StatusUpdateAsync(initiative.ContentItemId, "FY2025 Q1", "In Progress");
        var second = await site.StatusUpdateAsync(initiative.ContentItemId, "FY2025 Q2", "On Hold");
        var draft = await site.StatusUpdateAsync(initiative.ContentItemId, "FY2025 Q3", "Complete/Ongoing", publish: false);
        var underDraft = await site.StatusUpdateAsync(hidden.ContentItemId, "FY2025 Q1", "In Progress");
        var client = site.CreateClient();

        var response = await client.GetAsync("/feeds/status-updates.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.Equal("http://localhost/feeds/status-updates.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        var ids = entries.Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(2, entries.Count(e => e.Element(Atom + "id")!.Value.Contains(first.ContentItemId, StringComparison.Ordinal) || e.Element(Atom + "id")!.Value.Contains(second.ContentItemId, StringComparison.Ordinal)));
        Assert.DoesNotContain(ids, id => id.Contains(draft.ContentItemId, StringComparison.Ordinal) || id.Contains(underDraft.ContentItemId, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.StartsWith("tag:localhost,2024:", id, StringComparison.Ordinal));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);

        var newest = entries.First(e => e.Element(Atom + "id")!.Value.Contains(second.ContentItemId, StringComparison.Ordinal));
        Assert.True(entries.IndexOf(newest) < entries.FindIndex(e => e.Element(Atom + "id")!.Value.Contains(first.ContentItemId, StringComparison.Ordinal)));
        Assert.Equal("3.97 — FY2025 Q2: On Hold", newest.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/initiatives/3-97-test-initiative-with-updates", newest.Element(Atom + "link")!.Attribute("href")!.Value);
        var content = newest.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Contains("<ol><li>Worked on FY2025 Q2</li></ol>", content.Value, StringComparison.Ordinal);
    }
}

using System.Xml.Linq;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.OpenData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Time;

/// <summary>What residents read is dated on Durham's clock, not UTC's.</summary>
public sealed class TimeInDurhamPageTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>23:30 on 1 December 2027 in Durham (EST): already 04:30 on 2 December in UTC.</summary>
    private static readonly DateTimeOffset LateEvening = new(2027, 12, 2, 4, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_publish_at_half_past_eleven_at_night_shows_that_days_date_and_the_latest_period_with_data()
    {
        await using var site = new TestSite(new TestSiteOptions { Clock = new FakeTimeProvider(LateEvening) });
        var (id, path) = await site.AddInitiativeAsync("Thriving and Vibrant Environment", "5.77", "Light the greenway", "In Progress");
        await site.AddKeyMeasureAsync(id, "Lamps lit", "<p>More lamps each month.</p>", ("2027-09", 12), ("2027-10", 20));
        await site.AddStatusUpdateAsync(id, "FY2028 Q1", "In Progress", "<p>Lamps ordered.</p>", "<p>Install them.</p>");
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);
        var text = ReadableText(html);

        // October 2027 (a measure's value) ends after FY2028 Q1 (July to September 2027, the update's).
        Assert.Contains("Last updated Data for October 2027", text, StringComparison.Ordinal);
        Assert.Contains("Page last changed December 1, 2027", text, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2027-12-01T23:30:00-05:00\">December 1, 2027</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("December 2, 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_sites_zone_evicts_cached_pages_so_residents_read_the_new_local_date()
    {
        await using var site = new TestSite(new TestSiteOptions { Clock = new FakeTimeProvider(LateEvening) });
        var (_, path) = await site.AddInitiativeAsync("Thriving and Vibrant Environment", "5.78", "Plant the medians", "In Progress");
        using var client = site.CreateClient();
        var first = await client.GetStringAsync(path);
        using var cached = await client.GetAsync(path);

        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>()
            .ExecuteJsonAsync("""{ "steps": [ { "name": "Settings", "TimeZoneId": "Europe/London" } ] }""", null, null));
        using var after = await client.GetAsync(path);
        var html = await after.Content.ReadAsStringAsync();

        // The page was served from the cache (Age) until the zone changed; then built again on London's clock.
        Assert.Contains("<time datetime=\"2027-12-01T23:30:00-05:00\">December 1, 2027</time>", first, StringComparison.Ordinal);
        Assert.NotNull(cached.Headers.Age);
        Assert.Null(after.Headers.Age);
        // The attribute's "+" is HTML-encoded by Razor.
        Assert.Contains("<time datetime=\"2027-12-02T04:30:00&#x2B;00:00\">December 2, 2027</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_keeps_rfc_3339_with_Durhams_offset_in_summer_and_winter()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 7, 1, 16, 0, 0, TimeSpan.Zero));
        await using var site = new TestSite(new TestSiteOptions { Clock = clock });
        var initiative = await site.InitiativeAsync("3.96", "Test initiative dated in Durham");
        var summer = await site.StatusUpdateAsync(initiative.ContentItemId, "FY2027 Q4", "In Progress");
        clock.SetUtcNow(LateEvening);
        var winter = await site.StatusUpdateAsync(initiative.ContentItemId, "FY2028 Q1", "On Hold");
        using var client = site.CreateClient();

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/status-updates.atom")).Root!;

        string Updated(string id) => feed.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.EndsWith("/" + id, StringComparison.Ordinal))
            .Element(Atom + "updated")!.Value;
        Assert.Equal("2027-07-01T12:00:00-04:00", Updated(summer.ContentItemId));
        Assert.Equal("2027-12-01T23:30:00-05:00", Updated(winter.ContentItemId));
        Assert.Equal("2027-12-01T23:30:00-05:00", feed.Element(Atom + "updated")!.Value);
    }
}

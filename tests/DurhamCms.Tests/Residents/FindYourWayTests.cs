using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Search;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Residents;

/// <summary>Issue 12, section 6: the feed, the open data, the status key, the other priorities and a helpful empty search.</summary>
public sealed class FindYourWayTests : IAsyncLifetime
{
    private const string FeedLink = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Durham Strategic Plan: status updates\" href=\"/feeds/status-updates.atom\">";

    private readonly TestSite _site = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _site.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/priorities/connected-engaged-and-inclusive-communities")]
    [InlineData("/open-data")]
    [InlineData("/search?q=engagement")]
    public async Task Public_pages_announce_the_feed_and_link_open_data_and_the_feed_in_the_footer(string path)
    {
        var html = await _client.GetStringAsync(path);

        Assert.Contains(FeedLink, html, StringComparison.Ordinal);
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/open-data\">Open data</a>", footer, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/status-updates.atom\">", footer, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/api/plan.json\">", footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_initiative_page_has_the_status_key_and_the_priority_strip_marks_its_priority()
    {
        var html = await _client.GetStringAsync("/initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement");

        var legend = html[html.IndexOf("<section class=\"legend\"", StringComparison.Ordinal)..];
        foreach (var status in new[] { "In Progress", "On Hold", "Complete/Ongoing", "Not yet reported" })
        {
            Assert.Contains($"<span class=\"status-text\">{status}</span>", legend, StringComparison.Ordinal);
        }

        var strip = Strip(html);
        Assert.Equal(5, strip.Split("<li>").Length - 1);
        Assert.Contains("aria-current=\"true\">Priority 3: Connected, Engaged, and Inclusive Communities</a>", strip, StringComparison.Ordinal);
        Assert.Contains(">Priority 1: Shared Economic Prosperity</a>", strip, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-current=\"page\"", strip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_priority_page_strip_marks_the_page_itself()
    {
        var html = await _client.GetStringAsync("/priorities/shared-economic-prosperity");

        var strip = Strip(html);
        Assert.Contains("<a href=\"/priorities/shared-economic-prosperity\" aria-current=\"page\">Priority 1: Shared Economic Prosperity</a>", strip, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/priorities/thriving-and-vibrant-environment\">Priority 5: Thriving and Vibrant Environment</a>", strip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_no_results_offers_the_priorities_the_number_format_and_the_service_request_line()
    {
        await _site.WaitForSearchIndexAsync();
        var html = await _client.GetStringAsync("/search?q=zzyzxqqv");
        var text = ReadableText(html);

        Assert.Contains("No results", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/search?q=3.11\">try 3.11</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/priorities/thriving-and-vibrant-environment\">Priority 5: Thriving and Vibrant Environment</a>", html, StringComparison.Ordinal);
        Assert.Contains("contact Durham One Call, the City's customer service line.", text, StringComparison.Ordinal);
        // The city published no address or number for it in our seed: none is invented.
        var help = html[html.IndexOf("class=\"service-requests\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<a ", help[..help.IndexOf("</p>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_request_line_is_configurable_and_a_bad_address_stops_the_start_naming_the_setting()
    {
        await using (var configured = new TestSite(new TestSiteOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["DurhamCms:SearchHelp:ServiceRequestName"] = "Test City Helpline",
                ["DurhamCms:SearchHelp:ServiceRequestDescription"] = "the test helpline",
                ["DurhamCms:SearchHelp:ServiceRequestUrl"] = "https://help.example.test/requests",
                ["DurhamCms:SearchHelp:ServiceRequestPhone"] = "555-0100",
            },
        }))
        {
            using var client = configured.CreateClient();
            await configured.WaitForSearchIndexAsync();
            var html = await client.GetStringAsync("/search?q=zzyzxqqv");
            Assert.Contains("contact <a href=\"https://help.example.test/requests\">Test City Helpline</a>, the test helpline, at 555-0100.", Spaces(html), StringComparison.Ordinal);
            Assert.DoesNotContain("Durham One Call", html, StringComparison.Ordinal);
        }

        await using var bad = new TestSite(new TestSiteOptions
        {
            Settings = new Dictionary<string, string?> { ["DurhamCms:SearchHelp:ServiceRequestUrl"] = "javascript:alert(1)" },
        });
        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        Assert.Contains("DurhamCms:SearchHelp:ServiceRequestUrl", error.ToString(), StringComparison.Ordinal);
    }

    private static string Strip(string html)
    {
        var start = html.IndexOf("<nav class=\"priority-strip\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no priority strip");
        return html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }

    private static string Spaces(string html) => System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ");
}

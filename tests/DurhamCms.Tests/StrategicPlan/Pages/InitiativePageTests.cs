using System.Net;
using System.Text;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

public sealed class InitiativePageTests
{
    /// <summary>An initiative shaped like the City's 3.11 page: every section, one measure, two updates.</summary>
    private static async Task<(TestSite Site, string Id, string Path)> SiteWithInitiativeAsync()
    {
        var site = new TestSite();
        var (id, path) = await site.AddInitiativeAsync(ThrivingEnvironment, "5.31", "Grow the urban canopy", "In Progress",
            description: "<p>Plant and care for street trees in every ward.</p>",
            why: "<p>Shade cools neighborhoods that need it most.</p>",
            leadDepartment: "General Services Department");
        await site.AddKeyMeasureAsync(id, "Trees planted", "<p>Planting rose each month of the autumn season.</p>",
            ("2023-07", 23), ("2023-08", 24), ("2023-09", 17), ("2023-10", 16), ("2023-11", 19), ("2023-12", 32));

        // The newer period is created first: the page orders updates by period, not by creation.
        await site.AddStatusUpdateAsync(id, "FY2025 Q1", "In Progress", "<p>We planted 400 trees this quarter.</p>", "<ol><li>Survey the east side.</li></ol>");
        await site.AddStatusUpdateAsync(id, "FY2024 Q4", "On Hold", "<p>We waited for the planting season.</p>", "<p>Order saplings.</p>");
        return (site, id, path);
    }

    [Fact]
    public async Task The_initiative_page_has_breadcrumbs_a_status_badge_and_the_sections_in_the_city_pages_order()
    {
        var (site, _, path) = await SiteWithInitiativeAsync();
        await using var _site = site;
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);

        var breadcrumbs = html[html.IndexOf("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">", StringComparison.Ordinal)..];
        breadcrumbs = breadcrumbs[..breadcrumbs.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Equal("Home Thriving and Vibrant Environment 5.31", ReadableText(breadcrumbs));
        Assert.Contains($"<a href=\"{path}\" aria-current=\"page\">5.31</a>", breadcrumbs, StringComparison.Ordinal);
        Assert.Contains("<h1>Initiative 5.31: Grow the urban canopy</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status status-in-progress\"><svg class=\"status-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status-text\">In Progress</span>", html, StringComparison.Ordinal);

        var text = ReadableText(html);
        string[] inOrder =
        [
            "Initiative 5.31: Grow the urban canopy",
            "Description", "Plant and care for street trees",
            "Key Measures & Data Analysis", "Trees planted", "Planting rose each month",
            "Why is it important?", "Shade cools neighborhoods",
            "Latest update: FY2025 Q1",
            "What have we been doing?", "We planted 400 trees this quarter.",
            "What's next?", "Survey the east side.",
            "Last updated", "Lead department General Services Department",
            "Earlier updates", "FY2024 Q4 On Hold", "We waited for the planting season.", "Order saplings.",
        ];
        var positions = inOrder.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), $"missing: {string.Join(" | ", inOrder.Where((_, i) => positions[i] < 0))}");
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<details class=\"update\">", html, StringComparison.Ordinal);
        Assert.Matches("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-0[45]:00\">", html);
    }

    [Fact]
    public async Task Headings_go_down_one_level_at_a_time_and_the_page_names_its_canonical_url_and_social_card()
    {
        var (site, _, path) = await SiteWithInitiativeAsync();
        await using var _site = site;
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);

        var levels = System.Text.RegularExpressions.Regex.Matches(html, "<h([1-6])[ >]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, string.Join(",", levels)));
        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{path}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Initiative 5.31: Grow the urban canopy\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"Plant and care for street trees in every ward.\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost{path}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_initiative_page_with_its_chart_table_and_inline_css_weighs_under_50_KB()
    {
        var (site, _, path) = await SiteWithInitiativeAsync();
        await using var _site = site;
        using var client = site.CreateClient();

        var bytes = await client.GetByteArrayAsync(path);

        Assert.Contains("<style>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.True(bytes.Length < 50 * 1024, $"{bytes.Length} bytes");
    }

    [Fact]
    public async Task A_change_published_through_the_content_manager_shows_on_the_page_at_once()
    {
        var (site, id, path) = await SiteWithInitiativeAsync();
        await using var _site = site;
        using var client = site.CreateClient();
        var before = await client.GetStringAsync(path);

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.ApplyField(Initiative.Type, Initiative.Status, new TextField { Text = "On Hold" });
            draft.ApplyField(Initiative.Type, Initiative.Description, new HtmlField { Html = "<p>Paused while the nursery restocks.</p>" });
            var result = await cm.UpdateAsync(draft);
            Assert.True(result.Succeeded, result.ToString());
            await cm.PublishAsync(draft);
        });
        var after = await client.GetStringAsync(path);

        Assert.Contains("Plant and care for street trees", before, StringComparison.Ordinal);
        Assert.Contains("Paused while the nursery restocks.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Plant and care for street trees", after, StringComparison.Ordinal);
        // The field changed, but the page's status is its latest update's (README, "An initiative's status").
        Assert.Contains("<p class=\"initiative-status\">Status: <span class=\"status status-in-progress\">", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_initiative_path_is_a_404_page_not_an_error()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var response = await client.GetAsync("/initiatives/9-99-no-such-initiative");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

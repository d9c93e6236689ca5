using System.Net;
using DurhamCms.Tests.Infrastructure;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

public sealed class HomePageTests
{
    private static readonly string[] Priorities = [Prosperity, "Create a Safer Community Together", Communities, Organization, ThrivingEnvironment];

    [Fact]
    public async Task Home_shows_the_five_priorities_in_order_each_with_its_published_initiatives_counted_by_status()
    {
        await using var site = new TestSite();
        await site.RemoveSeededInitiativesAsync(ThrivingEnvironment);
        await site.RemoveSeededInitiativesAsync(Organization);
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.11", "Plant street trees", "In Progress");
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.12", "Restore stream banks", "In Progress");
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.13", "Electrify the fleet", "On Hold");
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.21", "Open a tool library", "Complete/Ongoing");
        await site.AddInitiativeAsync(ThrivingEnvironment, "5.22", "A draft nobody sees yet", "On Hold", publish: false);
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        var positions = Priorities.Select(p => html.IndexOf(WebUtility.HtmlEncode(p), StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        var environment = ReadableText(Card(html, WebUtility.HtmlEncode(ThrivingEnvironment)));
        Assert.Contains("Priority 5", environment, StringComparison.Ordinal);
        Assert.Contains("4 initiatives", environment, StringComparison.Ordinal);
        Assert.Contains("2 In Progress, 1 On Hold, 1 Complete/Ongoing", environment, StringComparison.Ordinal);
        Assert.Contains("No initiatives published yet.", ReadableText(Card(html, WebUtility.HtmlEncode(Organization))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_has_a_status_legend_with_icon_text_and_swatch_and_a_search_box_of_its_own()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        var legend = html[html.IndexOf("<section class=\"legend\"", StringComparison.Ordinal)..];
        foreach (var (status, css) in new[] { ("In Progress", "status-in-progress"), ("On Hold", "status-on-hold"), ("Complete/Ongoing", "status-complete") })
        {
            Assert.Contains($"<span class=\"swatch {css}\" aria-hidden=\"true\"></span><span class=\"status {css}\"><svg class=\"status-icon\"", legend, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"status-text\">{status}</span>", legend, StringComparison.Ordinal);
        }

        Assert.Contains("<label for=\"home-search-q\">", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"home-search-q\" name=\"q\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/\">", html, StringComparison.Ordinal);
    }
}

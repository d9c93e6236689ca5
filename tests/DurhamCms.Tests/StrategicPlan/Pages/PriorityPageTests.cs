using System.Net;
using DurhamCms.Tests.Infrastructure;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

public sealed class PriorityPageTests
{
    private const string PriorityPath = "/priorities/innovative-and-high-performing-organization";

    private static readonly string[] GroupedInOrder =
        ["Objective 4.1: Transparent government", "4.11 Open budget data In Progress", "4.12 Modernize permitting On Hold", "Objective 4.2", "4.21 Grow staff skills Complete/Ongoing"];

    private static async Task<TestSite> SiteWithThreeInitiativesAsync()
    {
        var site = new TestSite();
        await site.RemoveSeededInitiativesAsync(Organization);
        await site.AddInitiativeAsync(Organization, "4.12", "Modernize permitting", "On Hold");
        await site.AddInitiativeAsync(Organization, "4.11", "Open budget data", "In Progress", objectiveTitle: "Transparent government");
        await site.AddInitiativeAsync(Organization, "4.21", "Grow staff skills", "Complete/Ongoing");
        return site;
    }

    [Fact]
    public async Task A_priority_lists_its_initiatives_grouped_by_objective_in_number_order_with_status_badges()
    {
        await using var site = await SiteWithThreeInitiativesAsync();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(PriorityPath);
        var text = ReadableText(html);

        Assert.Contains("<h1>Innovative and High Performing Organization</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Showing 3 of 3 initiatives.", text, StringComparison.Ordinal);
        var order = GroupedInOrder.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, text));
        Assert.Equal(order.Order(), order);
        Assert.Matches("<a href=\"/initiatives/[a-z0-9-]+\">Open budget data</a>", html);
    }

    [Fact]
    public async Task The_status_filter_works_from_the_query_string_alone()
    {
        await using var site = await SiteWithThreeInitiativesAsync();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(PriorityPath + "?status=On+Hold");
        var text = ReadableText(html);

        Assert.Contains("Showing 1 of 3 initiatives with status On Hold.", text, StringComparison.Ordinal);
        Assert.Contains("Modernize permitting", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Open budget data", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grow staff skills", text, StringComparison.Ordinal);
        Assert.Contains("<option value=\"On Hold\" selected=\"selected\">On Hold</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{PriorityPath}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bogus", "Bogus")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("In+Progressssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss", "In Progresssssssssssssssssssssssssssssssssssssssssssssssssss&#x2026;")]
    public async Task An_unknown_status_is_ignored_with_a_polite_message_and_never_an_error(string query, string echoed)
    {
        await using var site = await SiteWithThreeInitiativesAsync();
        using var client = site.CreateClient();

        var response = await client.GetAsync(PriorityPath + "?status=" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = html[html.IndexOf("<p class=\"notice\" role=\"status\">", StringComparison.Ordinal)..];
        var expected = $"<p class=\"notice\" role=\"status\">There is no status called “{echoed}”, so all initiatives are shown.";
        Assert.Equal(expected, notice[..expected.Length]);
        Assert.Contains("Showing 3 of 3 initiatives.", ReadableText(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_list_is_paged_with_links_that_keep_the_filter_and_a_bad_page_number_is_not_an_error()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?> { ["DurhamCms:Dashboard:PriorityPageSize"] = "2" });
        await site.RemoveSeededInitiativesAsync(Organization);
        await site.AddInitiativeAsync(Organization, "4.12", "Modernize permitting", "On Hold");
        await site.AddInitiativeAsync(Organization, "4.11", "Open budget data", "In Progress");
        await site.AddInitiativeAsync(Organization, "4.21", "Grow staff skills", "Complete/Ongoing");
        using var client = site.CreateClient();

        var first = await client.GetStringAsync(PriorityPath);
        var second = await client.GetStringAsync(PriorityPath + "?page=2");
        var pastTheEnd = await client.GetAsync(PriorityPath + "?page=99");
        var nonsense = await client.GetAsync(PriorityPath + "?page=abc");

        Assert.Contains("This is page 1 of 2 (initiatives 1–2).", ReadableText(first), StringComparison.Ordinal);
        Assert.Contains(">Open budget data</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">Grow staff skills</a>", first, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PriorityPath}?page=2\" rel=\"next\">Next page</a>", first, StringComparison.Ordinal);
        Assert.Contains("This is page 2 of 2 (initiatives 3–3).", ReadableText(second), StringComparison.Ordinal);
        Assert.Contains(">Grow staff skills</a>", second, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{PriorityPath}\" rel=\"prev\">Previous page</a>", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pastTheEnd.StatusCode);
        Assert.Contains("This is page 2 of 2", ReadableText(await pastTheEnd.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Contains("This is page 1 of 2", ReadableText(await nonsense.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

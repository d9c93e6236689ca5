using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Compatibility;

/// <summary>
/// Orchard's Summary alternates: a site template <c>Content_Summary__Initiative</c> replaces an
/// initiative's entry in the priority page's list, and an admin template
/// <c>Content_SummaryAdmin__Initiative</c> its row in the admin content list.
/// </summary>
public sealed class OrchardSummaryTemplatesTests
{
    private const string PriorityPath = "/priorities/innovative-and-high-performing-organization";

    private static Task<RecipeResult> RunAsync(TestSite site, string name, string shape, string liquid) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(
            new JsonObject
            {
                ["steps"] = new JsonArray(new JsonObject
                {
                    ["name"] = name,
                    [name] = new JsonObject { [shape] = new JsonObject { ["Description"] = "test", ["Content"] = liquid } },
                }),
            }.ToJsonString(), null, null));

    private static async Task<TestSite> SiteWithTwoInitiativesAsync()
    {
        var site = new TestSite();
        await site.RemoveSeededInitiativesAsync(Organization);
        await site.AddInitiativeAsync(Organization, "4.91", "Open <b>budget</b> & data", "In Progress");
        await site.AddInitiativeAsync(Organization, "4.92", "Modernize permitting", "On Hold");
        return site;
    }

    private static async Task<string> PageAsync(TestSite site, string url)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    [Fact]
    public async Task A_summary_template_replaces_each_initiative_in_the_priority_list_encoded_and_at_once()
    {
        await using var site = await SiteWithTwoInitiativesAsync();
        var before = await PageAsync(site, PriorityPath);

        var result = await RunAsync(site, "Templates", "Content_Summary__Initiative",
            "<span class=\"tpl\">{{ Model.ContentItem.DisplayText }} / {{ ContentItem.Content.Initiative.Status.Text }}</span>");
        var after = await PageAsync(site, PriorityPath);

        Assert.Empty(result.Warnings);
        Assert.Contains("<span class=\"initiative-number\">4.91</span>", before, StringComparison.Ordinal);
        // The cached page was evicted when the template was stored: the new list shows at once.
        Assert.Contains("<li class=\"content-template\"><span class=\"tpl\">Open &lt;b&gt;budget&lt;/b&gt; &amp; data / In Progress</span></li>", after, StringComparison.Ordinal);
        Assert.Contains("<li class=\"content-template\"><span class=\"tpl\">Modernize permitting / On Hold</span></li>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"initiative-number\">4.91</span>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>budget</b>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_template_leaves_the_detail_page_alone_and_a_failing_one_leaves_the_list_as_it_was()
    {
        await using var site = await SiteWithTwoInitiativesAsync();
        await RunAsync(site, "Templates", "Content_Summary__Initiative", "{{ 1 | divided_by: 0 }}");

        var list = await PageAsync(site, PriorityPath);

        Assert.Contains("<span class=\"initiative-number\">4.92</span>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("content-template", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_template_replaces_the_title_cell_of_its_types_rows_in_the_admin_content_list()
    {
        await using var site = await SiteWithTwoInitiativesAsync();
        var result = await RunAsync(site, "AdminTemplates", "Content_SummaryAdmin__Initiative",
            "<em>{{ Model.ContentItem.DisplayText }}</em> ({{ ContentItem.Content.Initiative.Number.Text }})");
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        var list = await admin.GetPageAsync("/admin/contents?type=Initiative&q=permitting");
        var priority = await PageAsync(site, PriorityPath);

        Assert.Empty(result.Warnings);
        Assert.Contains("<div class=\"content-template\"><em>Modernize permitting</em> (4.92)</div>", list, StringComparison.Ordinal);
        Assert.Matches("<a href=\"[^\"]+\" aria-label=\"Edit Modernize permitting\">Edit</a>", list);
        // An admin template is not a site template: the public list is untouched.
        Assert.DoesNotContain("content-template", priority, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using DurhamCms.Tests.AdminList;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;

namespace DurhamCms.Tests.Workspace;

/// <summary>Staff know initiatives by number: the content list shows it with the priority, and "3.11" finds them.</summary>
public sealed class ContentNumberTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_list_shows_the_initiative_number_and_priority_and_finds_the_initiative_and_its_updates_by_number(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateUserAsync("erin", "Editor");
        await site.AddUpdateAsync("erin", "November figures are in");
        using var erin = await site.SignInAsync("erin");

        var all = await erin.GetPageAsync("/admin/contents?type=Initiative&sort=title");
        var byNumber = await erin.GetPageAsync("/admin/contents?q=3.11");

        Assert.Contains("<th scope=\"col\">No.</th>", all, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Priority</th>", all, StringComparison.Ordinal);
        Assert.Contains("<td class=\"content-number\">3.11</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td>Connected, Engaged, and Inclusive Communities</td>", all, StringComparison.Ordinal);
        Assert.Contains(SeededPlan.Title311, byNumber, StringComparison.Ordinal);
        Assert.Contains("November figures are in", byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Priority</td>", byNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_picker_finds_an_initiative_by_number_and_by_title_and_shows_the_number()
    {
        await using var site = new TestSite();
        using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);

        var byNumber = JsonNode.Parse(await admin.GetPageAsync("/admin/content-picker?types=Initiative&q=3.11"))!.AsArray();
        var byTitle = JsonNode.Parse(await admin.GetPageAsync("/admin/content-picker?types=Initiative&q=" + Uri.EscapeDataString("equitable community engagement")))!.AsArray();

        var found = Assert.Single(byNumber);
        Assert.Equal(SeededPlan.Initiative311, found!["id"]!.GetValue<string>());
        Assert.Equal("3.11 " + SeededPlan.Title311, found["title"]!.GetValue<string>());
        Assert.Contains(byTitle, n => n!["id"]!.GetValue<string>() == SeededPlan.Initiative311);
    }
}

using System.Text.RegularExpressions;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;

namespace DurhamCms.Tests.Workspace;

/// <summary>A published item's editor links to its page on the site; an item never published has no such link.</summary>
public sealed partial class ViewOnSiteTests
{
    [Fact]
    public async Task The_editor_of_a_published_initiative_links_to_its_page_and_a_new_draft_has_no_link()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var draft = await site.NewUpdateAsync("alice", "Never published.");
        using var erin = await site.SignInAsync("erin");
        using var resident = site.CreateClient();

        var page = await erin.GetPageAsync(EditorPages.EditUrl(SeededPlan.Initiative311));
        var link = ViewOnSite().Match(page);
        var draftPage = await erin.GetPageAsync(EditorPages.EditUrl(draft));

        Assert.True(link.Success, "no View on site link");
        Assert.StartsWith("/initiatives/", link.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains(SeededPlan.Title311, await resident.GetStringAsync(new Uri(link.Groups[1].Value, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("View on site", draftPage, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\">View on site</a>")]
    private static partial Regex ViewOnSite();
}

using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;

namespace DurhamCms.Tests.Workspace;

/// <summary>A draft status update is previewed on its initiative's page as residents will see it, the rest as published.</summary>
public sealed class PreviewInContextTests
{
    [Fact]
    public async Task A_draft_update_shows_on_its_initiatives_page_never_cached_never_indexed_and_residents_never_see_it()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var draft = await site.NewUpdateAsync("alice", "Draft words only the preview shows.");
        using var alice = await site.SignInAsync("alice");
        using var resident = site.CreateClient();

        using var response = await alice.GetAsync($"/admin/contents/{draft}/preview");
        var page = await response.Content.ReadAsStringAsync();
        var path = (await site.PublishedAsync(SeededPlan.Initiative311))!.GetPartJson("AutoroutePart")!["Path"]!.GetValue<string>();
        var live = await resident.GetStringAsync(new Uri("/" + path.TrimStart('/'), UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Draft words only the preview shows.", page, StringComparison.Ordinal);
        Assert.Contains(SeededPlan.Title311, page, StringComparison.Ordinal);
        Assert.Contains("Preview of a draft — not public", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", page, StringComparison.Ordinal);
        Assert.Equal("no-store, max-age=0", response.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("Draft words only the preview shows.", live, StringComparison.Ordinal);
    }
}

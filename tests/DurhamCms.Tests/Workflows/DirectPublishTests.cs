using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>The publish endpoint on a workflow type goes through the workflow's own step into "Published".</summary>
public sealed class DirectPublishTests
{
    [Fact]
    public async Task Publishing_while_changes_are_requested_is_refused_even_for_an_editor_posting_directly()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Not ready yet.");
        await site.TransitionAsync("alice", id, "Submit");
        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Add the dates.")).Succeeded);

        using var erin = await site.SignInAsync("erin");
        var page = await erin.GetPageAsync($"/admin/contents/{id}/edit");
        using var response = await erin.PostWithTokenAsync($"/admin/contents/{id}/publish", [], SiteClient.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        Assert.Equal("ChangesRequested", (await site.StatusAsync(id))?.State);
        Assert.Contains("Not published", await erin.GetPageAsync($"/admin/contents/{id}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_direct_publish_of_a_draft_is_the_workflows_publish_step_and_is_logged()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Ready to go.");

        using var erin = await site.SignInAsync("erin");
        var page = await erin.GetPageAsync($"/admin/contents/{id}/edit");
        using var response = await erin.PostWithTokenAsync($"/admin/contents/{id}/publish", [], SiteClient.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
        Assert.Equal("Published", (await site.StatusAsync(id))?.State);
        var history = await site.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
        Assert.Contains(history, h => h.Transition == "Publish" && h.UserName == "erin");
    }
}

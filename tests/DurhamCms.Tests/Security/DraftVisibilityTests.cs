using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Display;
using DurhamCms.Parts.Models;
using DurhamCms.Tests.AdminList;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.Security;

/// <summary>A draft is for those who may see drafts: an anonymous request never sees one, wherever it asks.</summary>
public sealed class DraftVisibilityTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task An_anonymous_request_never_sees_the_draft_of_a_published_initiative_or_a_new_draft()
    {
        var marker = "Unpublished-marker-" + Guid.NewGuid().ToString("n")[..10];

        // Searched for (search pages echo the query, so the query is not the marker itself).
        var word = "zq" + Guid.NewGuid().ToString("n")[..10];
        var path = await _site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var draft = (await contents.GetAsync(SeededPlan.Initiative311, VersionOptions.DraftRequired))!;
            draft.DisplayText = $"{SeededPlan.Title311} {marker}";
            draft.Apply(new TitlePart { Title = draft.DisplayText });
            draft.GetOrCreatePartJson(Initiative.Type)[Initiative.Description] = new System.Text.Json.Nodes.JsonObject { ["Html"] = $"<p>{marker} in the description, with {word}</p>" };
            Assert.True((await contents.UpdateAsync(draft)).Succeeded);
            return await sp.GetRequiredService<IEnumerable<IContentRouteResolver>>().First().GetPathAsync(SeededPlan.Initiative311);
        });
        var newDraft = await _site.AddUpdateAsync("admin", $"{marker} a new update never published");
        Assert.False(string.IsNullOrEmpty(path));

        using var anonymous = _site.Client();
        var urls = new[]
        {
            "/", "/" + path, $"/contents/{SeededPlan.Initiative311}", $"/contents/{newDraft}",
            $"/admin/contents/{SeededPlan.Initiative311}/preview", $"/admin/contents/{newDraft}/preview",
            "/api/plan.json", "/feeds/status-updates.atom", "/sitemap.xml", "/open-data",
            $"/api/measures/{SeededPlan.Measure311}.json",
            $"/search?q={word}", $"/api/search?q={word}",
        };
        foreach (var url in urls)
        {
            using var response = await anonymous.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{url} ({(int)response.StatusCode}) shows the draft to an anonymous visitor.");
        }

        // The published page is still there, with the published title.
        var page = await anonymous.GetPageAsync("/" + path);
        Assert.Contains(SeededPlan.Title311, page, StringComparison.Ordinal);
        using var preview = await anonymous.GetAsync($"/admin/contents/{SeededPlan.Initiative311}/preview");
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.Contains("/login", preview.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The marker is really in the draft: someone allowed to see drafts sees it in the preview.
        using var admin = await _site.SignInAsync("admin", "Test-admin-password-1");
        Assert.Contains(marker, await admin.GetPageAsync($"/admin/contents/{SeededPlan.Initiative311}/preview"), StringComparison.Ordinal);
    }
}

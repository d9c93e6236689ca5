using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workspace;

/// <summary>Autosave puts the form into the current draft, never a version per call, and never over someone else's save.</summary>
public sealed class AutosaveTests : IAsyncLifetime
{
    private const string Doing = "StatusUpdate.WhatWeHaveBeenDoing.Html";
    private readonly TestSite _site = new();

    public Task InitializeAsync() => _site.CreateCastAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Autosaves_go_into_the_same_draft_version_and_each_answer_carries_the_next_stamp()
    {
        var id = await _site.NewUpdateAsync("alice", "First words.");
        using var alice = await _site.SignInAsync("alice");
        var versionsBefore = await VersionsAsync(id);
        var page = await alice.GetPageAsync(EditorPages.EditUrl(id));

        var first = await AutosaveAsync(alice, id, page, EditorPages.FormVersion(page), "<p>Typing, first pause.</p>");
        var second = await AutosaveAsync(alice, id, page, ((string)first["versionId"]!, first["stamp"]!.ToString()), "<p>Typing, second pause.</p>");

        Assert.Contains($"data-autosave=\"/admin/contents/{id}/autosave\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/admin/assets/autosave.js\"", page, StringComparison.Ordinal);
        Assert.Equal(versionsBefore, await VersionsAsync(id));
        Assert.Equal((string)first["versionId"]!, (string)second["versionId"]!);
        Assert.True((long)second["stamp"]! > (long)first["stamp"]!);
        Assert.Contains("second pause", (await _site.LatestAsync(id)).GetPartJson("StatusUpdate")![ "WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_item_gets_one_draft_however_many_autosaves()
    {
        using var erin = await _site.SignInAsync("erin");
        var versionsBefore = await VersionsAsync(SeededPlan.Update311);
        var page = await erin.GetPageAsync(EditorPages.EditUrl(SeededPlan.Update311));

        var first = await AutosaveAsync(erin, SeededPlan.Update311, page, EditorPages.FormVersion(page), "<p>Draft words.</p>");
        await AutosaveAsync(erin, SeededPlan.Update311, page, ((string)first["versionId"]!, first["stamp"]!.ToString()), "<p>More draft words.</p>");

        Assert.Equal(versionsBefore + 1, await VersionsAsync(SeededPlan.Update311));
        Assert.DoesNotContain("draft words", (await _site.PublishedAsync(SeededPlan.Update311))!.GetPartJson("StatusUpdate")!["WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_autosave_from_a_page_opened_before_someone_elses_save_is_refused_and_overwrites_nothing()
    {
        var id = await _site.NewUpdateAsync("alice", "Shared words.");
        using var alice = await _site.SignInAsync("alice");
        using var erin = await _site.SignInAsync("erin");
        var stale = await alice.GetPageAsync(EditorPages.EditUrl(id));
        using (var saved = await erin.SaveAsync(id, [new(Doing, "<p>Erin's edit.</p>")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var (version, stamp) = EditorPages.FormVersion(stale);
        using var response = await alice.PostWithTokenAsync($"/admin/contents/{id}/autosave",
            [new(Doing, "<p>Alice's late words.</p>"), new("ContentItemVersionId", version), new("VersionStamp", stamp)], SiteClient.AntiforgeryToken(stale));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("someone else saved this item", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Erin's edit.", (await _site.LatestAsync(id)).GetPartJson("StatusUpdate")!["WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> AutosaveAsync(SiteClient client, string id, string page, (string Version, string Stamp) at, string html)
    {
        using var response = await client.PostWithTokenAsync($"/admin/contents/{id}/autosave",
            [new(Doing, html), new("ContentItemVersionId", at.Version), new("VersionStamp", at.Stamp)], SiteClient.AntiforgeryToken(page));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"autosave answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    private Task<int> VersionsAsync(string id) => _site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().ListVersionsAsync(id)).Count);
}

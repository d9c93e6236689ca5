using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Editors;

/// <summary>Every editor action checks the type's permission on the server, with ownership, whatever the page shows.</summary>
public sealed class EditorPermissionTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("bob", "Author");
        await _site.CreateUserAsync("erin", "Editor");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private async Task<string> CreateStatusUpdateAsync(SiteClient client, string period = "FY2026 Q1")
    {
        var initiative = await _site.FirstAsync("Initiative");
        return await client.CreateAsync("StatusUpdate",
        [
            new("TitlePart.Title", $"Update {period}"),
            new("StatusUpdate.Initiative.ContentItemIds", initiative.ContentItemId),
            new("StatusUpdate.Period.Text", period),
            new("StatusUpdate.Status.Text", "In Progress"),
            new("StatusUpdate.WhatWeHaveBeenDoing.Html", "<p>Work</p>"),
        ]);
    }

    [Fact]
    public async Task An_author_creates_a_status_update_owned_by_their_user_id_with_their_name_as_author()
    {
        using var alice = await _site.SignInAsync("alice");
        var id = await CreateStatusUpdateAsync(alice);

        var item = await _site.LatestAsync(id);
        var userId = await _site.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("alice"))!.Id);
        Assert.Equal(userId, item.Owner);
        Assert.Equal("alice", item.Author);
        Assert.False(item.Published);
    }

    [Fact]
    public async Task An_author_posting_straight_to_publish_is_refused_and_nothing_is_published()
    {
        using var alice = await _site.SignInAsync("alice");
        var id = await CreateStatusUpdateAsync(alice);
        var page = await alice.GetPageAsync(EditorPages.EditUrl(id));
        Assert.DoesNotContain("value=\"publish\"", page, StringComparison.Ordinal);

        using var direct = await alice.PostWithTokenAsync($"/admin/contents/{id}/publish", [], SiteClient.AntiforgeryToken(page));
        using var command = await alice.PostEditAsync(id, page, [new("StatusUpdate.Period.Text", "FY2026 Q2")], command: "publish");
        using var unpublish = await alice.PostWithTokenAsync($"/admin/contents/{id}/unpublish", [], SiteClient.AntiforgeryToken(page));

        EditorPages.AssertRefused(direct);
        EditorPages.AssertRefused(command);
        EditorPages.AssertRefused(unpublish);
        Assert.Null(await _site.PublishedAsync(id));
        Assert.Equal("FY2026 Q1", (await _site.LatestAsync(id)).Text("StatusUpdate", "Period"));
    }

    [Fact]
    public async Task An_author_cannot_open_save_or_delete_another_authors_item()
    {
        using var alice = await _site.SignInAsync("alice");
        using var bob = await _site.SignInAsync("bob");
        var id = await CreateStatusUpdateAsync(alice);
        var alicePage = await alice.GetPageAsync(EditorPages.EditUrl(id));

        using var open = await bob.GetAsync(EditorPages.EditUrl(id));
        var bobToken = SiteClient.AntiforgeryToken(await bob.GetPageAsync("/admin/contents/create/StatusUpdate"));
        var (version, stamp) = EditorPages.FormVersion(alicePage);
        using var save = await bob.PostWithTokenAsync(EditorPages.EditUrl(id),
            [new("StatusUpdate.Period.Text", "FY2018 Q1"), new("ContentItemVersionId", version), new("VersionStamp", stamp), new("command", "save")], bobToken);
        using var delete = await bob.PostWithTokenAsync($"/admin/contents/{id}/delete", [], bobToken);

        EditorPages.AssertRefused(open);
        EditorPages.AssertRefused(save);
        EditorPages.AssertRefused(delete);
        var item = await _site.LatestAsync(id);
        Assert.True(item.Latest);
        Assert.Equal("FY2026 Q1", item.Text("StatusUpdate", "Period"));
    }

    [Fact]
    public async Task An_author_cannot_create_or_edit_a_priority()
    {
        using var alice = await _site.SignInAsync("alice");
        var priority = await _site.FirstAsync("Priority");

        using var create = await alice.GetAsync("/admin/contents/create/Priority");
        using var edit = await alice.GetAsync(EditorPages.EditUrl(priority.ContentItemId));

        EditorPages.AssertRefused(create);
        EditorPages.AssertRefused(edit);
    }

    [Fact]
    public async Task An_editor_edits_and_publishes_an_authors_item()
    {
        using var alice = await _site.SignInAsync("alice");
        using var erin = await _site.SignInAsync("erin");
        var id = await CreateStatusUpdateAsync(alice);

        var page = await erin.GetPageAsync(EditorPages.EditUrl(id));
        using var publish = await erin.PostWithTokenAsync($"/admin/contents/{id}/publish", [], SiteClient.AntiforgeryToken(page));

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.NotNull(await _site.PublishedAsync(id));
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_change_nothing()
    {
        var initiative = await _site.FirstAsync("Initiative");
        using var client = _site.Client();

        using var edit = await client.GetAsync(EditorPages.EditUrl(initiative.ContentItemId));
        using var picker = await client.GetAsync("/admin/content-picker?q=a");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("/login", edit.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, picker.StatusCode);
    }

    [Fact]
    public async Task A_save_without_an_antiforgery_token_is_refused()
    {
        using var erin = await _site.SignInAsync("erin");
        var initiative = await _site.FirstAsync("Initiative");
        var page = await erin.GetPageAsync(EditorPages.EditUrl(initiative.ContentItemId));
        var (version, stamp) = EditorPages.FormVersion(page);

        using var response = await erin.PostWithTokenAsync(EditorPages.EditUrl(initiative.ContentItemId),
            [new("Initiative.Status.Text", "On Hold"), new("ContentItemVersionId", version), new("VersionStamp", stamp)], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(version, (await _site.LatestAsync(initiative.ContentItemId)).ContentItemVersionId);
    }
}

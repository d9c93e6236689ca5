using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Recipes;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// What is published is what was approved: a change to an item in review or approved sends it
/// back, whoever writes it (editor, import, API), and publishing refuses a changed text.
/// </summary>
public sealed class EditorialIntegrityTests
{
    private static Task ChangeAsync(TestSite site, string id, string doing) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var latest = await contentManager.GetAsync(id, VersionOptions.Latest) ?? throw new InvalidOperationException($"No item {id}.");
        latest.GetOrCreatePartJson(WorkflowTestSite.UpdateType)["WhatWeHaveBeenDoing"] = new JsonObject { ["Html"] = $"<p>{doing}</p>" };
        var result = await contentManager.UpdateAsync(latest);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.ToString())));
    });

    private static async Task<string> ApprovedUpdateAsync(TestSite site, string doing)
    {
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", doing);
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "Approve")).Succeeded);
        return id;
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_change_after_approval_withdraws_the_item_and_publish_now_refuses_the_unreviewed_text(string provider)
    {
        await using var site = new TestSite(provider);
        var id = await ApprovedUpdateAsync(site, "Approved text.");

        await ChangeAsync(site, id, "Unreviewed text.");
        var publish = await site.TransitionAsync("erin", id, "Publish");

        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
        Assert.False(publish.Succeeded);
        Assert.Equal(EditorialWithdrawal.ChangedAfterApproval, publish.Error);
        Assert.Null(await site.PublishedAsync(id));
        var history = await site.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
        Assert.Equal(EditorialWithdrawal.Transition, history[^1].Transition);
    }

    [Fact]
    public async Task After_a_new_review_the_changed_text_can_be_published()
    {
        await using var site = new TestSite();
        var id = await ApprovedUpdateAsync(site, "Approved text.");
        await ChangeAsync(site, id, "Second text.");

        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "Approve")).Succeeded);
        var publish = await site.TransitionAsync("erin", id, "Publish");

        Assert.True(publish.Succeeded, publish.Error);
        Assert.Contains("Second text.", (await site.PublishedAsync(id))!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Category", "PostgreSql")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task An_import_over_an_item_in_review_sends_it_back_to_draft(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Reviewed text.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);

        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var imported = (await contentManager.GetAsync(id, VersionOptions.Latest))!.Clone();
            imported.GetOrCreatePartJson(WorkflowTestSite.UpdateType)["WhatWeHaveBeenDoing"] = new JsonObject { ["Html"] = "<p>Imported text.</p>" };
            Assert.True((await contentManager.ImportAsync(imported)).Succeeded);
        });

        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task A_recipe_reads_the_states_of_its_new_items_per_batch_and_still_withdraws_one_in_review()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var reviewed = await site.NewUpdateAsync("alice", "Reviewed text.");
        Assert.True((await site.TransitionAsync("alice", reviewed, "Submit")).Succeeded);
        var template = await site.LatestAsync(reviewed);

        // A state row for an id with no stored version (a database restored in part could hold one):
        // the batch's one lookup must find it, as each item's own lookup did.
        const string orphan = "4r7x0hwb3m5q8kzc2dn6tvy9ge";
        const string fresh = "6pc2zk8n0q4ws7tv1hx9mb3rd5";
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var row = await db.Set<EditorialStateRecord>().AsNoTracking().SingleAsync(r => r.ContentItemId == reviewed);
            row.ContentItemId = orphan;
            db.Add(row);
            await db.SaveChangesAsync();
        });

        var items = new JsonArray();
        foreach (var id in new[] { fresh, orphan })
        {
            var item = template.Clone();
            item.ContentItemId = id;
            item.ContentItemVersionId = IdGenerator.NewId();
            var json = JsonNode.Parse(item.ToJsonString())!.AsObject();
            json["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = id, ["Culture"] = "en-US" };
            items.Add(json);
        }

        var recipe = new JsonObject { ["name"] = "New updates", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["Data"] = items }) };
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe.ToJsonString(), null));

        Assert.Equal("Draft", (await site.StatusAsync(orphan))?.State);
        var history = await site.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(orphan));
        Assert.Equal(EditorialWithdrawal.Transition, history[^1].Transition);
        Assert.False(await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<EditorialStateRecord>().AnyAsync(r => r.ContentItemId == fresh)));
        Assert.Equal("InReview", (await site.StatusAsync(reviewed))?.State);
    }

    [Fact]
    public async Task A_step_from_the_review_queue_on_a_version_changed_since_the_card_was_shown_is_refused()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Reviewed text.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        using var erin = await site.SignInAsync("erin");
        var queue = await erin.GetPageAsync("/admin/review");
        var shownStamp = (await site.LatestAsync(id)).VersionStamp;
        Assert.Contains($"name=\"versionStamp\" value=\"{shownStamp}\"", queue, StringComparison.Ordinal);

        await ChangeAsync(site, id, "Changed behind the reviewer's back.");
        using var response = await erin.PostWithTokenAsync($"/admin/contents/{id}/transition",
            [new("transition", "Publish"), new("versionStamp", shownStamp.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("returnUrl", "/admin/review")],
            SiteClient.AntiforgeryToken(queue));

        // A lost race: the editor's conflict page, not a redirect with a notice.
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null(await site.PublishedAsync(id));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("This item changed after you opened it (saved by alice)", page, StringComparison.Ordinal);
        Assert.Contains("Nothing of yours was lost", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_says_before_saving_that_a_save_withdraws_the_item_and_a_reviewer_can_edit_and_approve_at_once()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Reviewed text.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        using var erin = await site.SignInAsync("erin");

        var page = await erin.GetPageAsync(EditorPages.EditUrl(id));
        Assert.Contains("Saving will withdraw this item from review", page, StringComparison.Ordinal);

        using var approved = await erin.PostEditAsync(id, page, [new("StatusUpdate.Period.Text", "FY2019 Q3"), new("transition", "Approve")], command: "");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("Approved", (await site.StatusAsync(id))?.State);
        Assert.True((await site.TransitionAsync("erin", id, "Publish")).Succeeded);
        Assert.Equal("FY2019 Q3", (await site.PublishedAsync(id))!.Text("StatusUpdate", "Period"));
    }

    [Fact]
    public async Task A_plain_save_in_the_editor_of_an_approved_item_sends_it_back_to_draft()
    {
        await using var site = new TestSite();
        var id = await ApprovedUpdateAsync(site, "Approved text.");
        using var alice = await site.SignInAsync("alice");

        using var saved = await alice.SaveAsync(id, [new("StatusUpdate.Period.Text", "FY2019 Q4")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task A_5000_character_comment_is_refused_before_anything_is_saved_with_the_workflows_limit()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Text.");
        using var alice = await site.SignInAsync("alice");
        var comment = new string('x', 5000);

        using var response = await alice.SaveAsync(id, [new("StatusUpdate.Period.Text", "FY2019 Q3"), new("transition", "Submit"), new("TransitionComment", comment)], command: "");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"keep it to {ReviewComment.MaxLength}", page, StringComparison.Ordinal);
        Assert.NotEqual("FY2019 Q3", (await site.LatestAsync(id)).Text("StatusUpdate", "Period"));
        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
        Assert.Equal(ReviewComment.Check(comment), (await site.TransitionAsync("alice", id, "Submit", comment)).Error);
    }
}

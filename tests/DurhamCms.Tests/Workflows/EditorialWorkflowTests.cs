using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>Transitions and their permissions, required comments, working copies of live content.</summary>
public sealed class EditorialWorkflowTests
{
    [Fact]
    public async Task An_author_submits_their_own_update_but_can_neither_approve_nor_publish_it()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Held three listening sessions.");

        Assert.Equal("Draft", (await site.StatusAsync(id))?.State);
        Assert.Equal(["Submit"], await site.TransitionNamesAsync("alice", id));
        Assert.True((await site.TransitionAsync("alice", id, "Submit", "Ready for a look")).Succeeded);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);

        Assert.Empty(await site.TransitionNamesAsync("alice", id));
        var approve = await site.TransitionAsync("alice", id, "Approve");
        Assert.False(approve.Succeeded);
        Assert.Contains("not allowed", approve.Error, StringComparison.Ordinal);
        Assert.False((await site.TransitionAsync("alice", id, "Publish")).Succeeded);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));

        // Straight to the endpoint, past the missing buttons: refused on the server.
        using var author = await site.SignInAsync("alice");
        using var response = await author.PostFormAsync("/admin/notifications", [new("transition", "Publish")], $"/admin/contents/{id}/transition");
        WorkflowTestSite.AssertAccessDenied(response);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id)));
    }

    [Fact]
    public async Task An_author_cannot_submit_someone_elses_update()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        await site.CreateUserAsync("bob", "Author");
        var id = await site.NewUpdateAsync("bob", "Bob's work.");

        Assert.Empty(await site.TransitionNamesAsync("alice", id));
        Assert.False((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        Assert.True((await site.TransitionAsync("bob", id, "Submit")).Succeeded);
    }

    [Fact]
    public async Task Requesting_changes_needs_a_comment_which_the_author_then_sees()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "First try.");
        await site.TransitionAsync("alice", id, "Submit");

        Assert.Contains("RequestChanges", await site.TransitionNamesAsync("erin", id));
        var bare = await site.TransitionAsync("erin", id, "RequestChanges", "   ");
        Assert.False(bare.Succeeded);
        Assert.Contains("comment is required", bare.Error, StringComparison.Ordinal);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);

        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Name the three sessions.")).Succeeded);
        var status = await site.StatusAsync(id);
        Assert.Equal("ChangesRequested", status?.State);
        Assert.Equal("Changes requested", status?.Label);
        Assert.Equal("Name the three sessions.", status?.LastComment);
        Assert.Equal("erin", status?.LastCommentBy);
        Assert.Equal(["Submit"], await site.TransitionNamesAsync("alice", id));

        var history = await site.InScopeAsync(sp => sp.GetRequiredService<IEditorialHistory>().GetTransitionsAsync(id));
        Assert.Equal(["Submit", "RequestChanges"], history.Select(h => h.Transition));
        Assert.Equal("Name the three sessions.", history[1].Comment);
        Assert.Equal("erin", history[1].UserName);
        Assert.NotNull(history[1].ContentItemVersionId);

        using var author = await site.SignInAsync("alice");
        var notifications = await author.GetPageAsync("/admin/notifications");
        Assert.Contains("Name the three sessions.", notifications, StringComparison.Ordinal);
        Assert.Contains("data-unread=\"1\"", notifications, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_published_initiative_makes_a_working_copy_that_goes_through_review_while_the_live_version_stays()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        using var resident = site.CreateClient();
        Assert.Equal("Published", (await site.StatusAsync(SeededPlan.Initiative311))?.State);

        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var draft = await contentManager.GetAsync(SeededPlan.Initiative311, VersionOptions.DraftRequired);
            draft!.GetOrCreatePartJson("Initiative")["LeadDepartment"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Working copy department" };
            draft.GetOrCreatePartJson("Initiative")["WhyImportant"] = new System.Text.Json.Nodes.JsonObject { ["Html"] = "<p>A working copy sentence.</p>" };
            Assert.True((await contentManager.UpdateAsync(draft)).Succeeded);
        });
        Assert.Equal("Draft", (await site.StatusAsync(SeededPlan.Initiative311))?.State);
        Assert.True((await site.TransitionAsync("erin", SeededPlan.Initiative311, "Submit")).Succeeded);
        Assert.Equal("InReview", (await site.StatusAsync(SeededPlan.Initiative311))?.State);

        var live = await resident.GetStringAsync(SeededInitiativePageTests.Path);
        Assert.DoesNotContain("A working copy sentence.", live, StringComparison.Ordinal);
        Assert.Contains("This initiative is important because", live, StringComparison.Ordinal);

        Assert.True((await site.TransitionAsync("erin", SeededPlan.Initiative311, "Publish")).Succeeded);
        Assert.Equal("Published", (await site.StatusAsync(SeededPlan.Initiative311))?.State);
        Assert.Contains("A working copy sentence.", await resident.GetStringAsync(SeededInitiativePageTests.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_item_can_be_sent_back_to_review_without_going_off_the_site()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        using var resident = site.CreateClient();

        Assert.True((await site.TransitionAsync("erin", SeededPlan.Initiative311, "SendBackToReview", "Check the dates")).Succeeded);

        Assert.Equal("InReview", (await site.StatusAsync(SeededPlan.Initiative311))?.State);
        using var page = await resident.GetAsync(new Uri(SeededInitiativePageTests.Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var editor = await site.SignInAsync("erin");
        Assert.Contains(SeededPlan.Title311, await editor.GetPageAsync("/admin/review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_queue_lists_submissions_with_who_and_the_note_and_takes_a_transition()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Queue test.");
        await site.TransitionAsync("alice", id, "Submit", "Please check the figures");

        using var author = await site.SignInAsync("alice");
        using (var refused = await author.GetAsync("/admin/review"))
        {
            WorkflowTestSite.AssertAccessDenied(refused);
        }

        using var editor = await site.SignInAsync("erin");
        var queue = await editor.GetPageAsync("/admin/review");
        Assert.Contains($"/admin/contents/{id}/edit", queue, StringComparison.Ordinal);
        Assert.Contains("<strong>alice</strong>", queue, StringComparison.Ordinal);
        Assert.Contains("Please check the figures", queue, StringComparison.Ordinal);
        Assert.Contains("value=\"Approve\"", queue, StringComparison.Ordinal);
        Assert.Contains("data-unread=\"1\"", queue, StringComparison.Ordinal);

        // The queue reads a typed time with the editor's reader: same refusal, same words, nothing changes.
        using (var soon = await editor.PostFormAsync("/admin/review", [new("transition", "Approve"), new("PublishAtUtc", "soon")], $"/admin/contents/{id}/transition"))
        {
            Assert.Equal(HttpStatusCode.Redirect, soon.StatusCode);
        }

        Assert.Contains("was not changed: The publish time &#x27;soon&#x27; is not a date and time", await editor.GetPageAsync("/admin/review"), StringComparison.Ordinal);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);

        using (var bare = await editor.PostFormAsync("/admin/review", [new("transition", "RequestChanges"), new("TransitionComment", " ")], $"/admin/contents/{id}/transition"))
        {
            Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        }

        Assert.Contains("was not changed: A comment is required", await editor.GetPageAsync("/admin/review"), StringComparison.Ordinal);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);

        using var approved = await editor.PostFormAsync("/admin/review", [new("transition", "Approve"), new("returnUrl", "/admin/review"), new("PublishAtUtc", DateTime.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm"))], $"/admin/contents/{id}/transition");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var status = await site.StatusAsync(id);
        Assert.Equal("Approved", status?.State);
        Assert.NotNull(status?.ScheduledPublishUtc);
        queue = await editor.GetPageAsync("/admin/review");
        Assert.Contains("Nothing is waiting for review.", queue, StringComparison.Ordinal);
        Assert.Contains("Approved, not live yet", queue, StringComparison.Ordinal);
        Assert.Contains("scheduled to publish", queue, StringComparison.Ordinal);
        Assert.Contains("value=\"Publish\"", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_that_do_not_opt_in_have_no_status_and_no_transitions()
    {
        await using var site = new TestSite();
        await site.DefineArticleAsync();
        await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var article = await contentManager.NewArticleAsync("Plain");
            await contentManager.CreateAsync(article, VersionOptions.Draft);
            var workflow = sp.GetRequiredService<IEditorialWorkflow>();
            Assert.False(await workflow.AppliesToAsync("Article"));
            Assert.Null(await workflow.GetStatusAsync(article));
            Assert.Empty(await workflow.GetTransitionsAsync(article, await WorkflowTestSite.PrincipalAsync(sp, "admin")));
            Assert.True(await workflow.AppliesToAsync("StatusUpdate"));
        });
    }

    [Fact]
    public async Task Archiving_takes_an_initiative_off_the_site_and_reopening_makes_it_a_draft_again()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        using var resident = site.CreateClient();

        Assert.DoesNotContain("Archive", await site.TransitionNamesAsync("alice", SeededPlan.Initiative311));
        Assert.True((await site.TransitionAsync("erin", SeededPlan.Initiative311, "Archive", "Superseded by 3.12")).Succeeded);

        Assert.Equal("Archived", (await site.StatusAsync(SeededPlan.Initiative311))?.State);
        using (var gone = await resident.GetAsync(new Uri(SeededInitiativePageTests.Path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Equal(["Reopen"], await site.TransitionNamesAsync("erin", SeededPlan.Initiative311));
        Assert.True((await site.TransitionAsync("erin", SeededPlan.Initiative311, "Reopen")).Succeeded);
        Assert.Equal("Draft", (await site.StatusAsync(SeededPlan.Initiative311))?.State);
        Assert.Contains("Publish", await site.TransitionNamesAsync("erin", SeededPlan.Initiative311));
    }

    [Fact]
    public async Task Notifications_are_each_users_own_and_marking_them_read_clears_the_bell()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Bell test.");
        await site.TransitionAsync("alice", id, "Submit", "Have a look");

        using var editor = await site.SignInAsync("erin");
        var page = await editor.GetPageAsync("/admin/notifications");
        Assert.Contains("data-unread=\"1\"", page, StringComparison.Ordinal);
        // Said as a sentence: who did what to which item, and their comment.
        Assert.Contains("alice submitted &#x27;", page, StringComparison.Ordinal);
        Assert.Contains("&#x27; for review: &#x27;Have a look&#x27;", page, StringComparison.Ordinal);
        Assert.Contains("Have a look", page, StringComparison.Ordinal);

        using var author = await site.SignInAsync("alice");
        Assert.Contains("You have no notifications.", await author.GetPageAsync("/admin/notifications"), StringComparison.Ordinal);

        using var marked = await editor.PostFormAsync("/admin/notifications", [], "/admin/notifications/read");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        page = await editor.GetPageAsync("/admin/notifications");
        Assert.Contains("data-unread=\"0\"", page, StringComparison.Ordinal);
        Assert.Contains("All read.", page, StringComparison.Ordinal);
    }
}

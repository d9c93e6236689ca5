using System.Net;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// A step that lost a race (someone else moved the item after the page was shown) gets the
/// editor's conflict page: 409, what happened and who did it, nothing of the user's lost.
/// </summary>
public sealed class StepConflictPageTests
{
    private static async Task<string> InReviewAsync(TestSite site)
    {
        await site.CreateCastAsync();
        await site.CreateUserAsync("frank", "Editor");
        var id = await site.NewUpdateAsync("alice", "Two reviewers.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        return id;
    }

    [Fact]
    public async Task Approving_from_the_queue_after_another_reviewer_requested_changes_answers_409_with_the_comment_kept()
    {
        await using var site = new TestSite();
        var id = await InReviewAsync(site);
        using var erin = await site.SignInAsync("erin");
        var queue = await erin.GetPageAsync("/admin/review");
        Assert.Contains("name=\"workflowState\" value=\"InReview\"", queue, StringComparison.Ordinal);

        Assert.True((await site.TransitionAsync("frank", id, "RequestChanges", "Not yet.")).Succeeded);
        using var response = await erin.PostWithTokenAsync($"/admin/contents/{id}/transition",
            [new("transition", "Approve"), new("workflowState", "InReview"), new("TransitionComment", "Looks right to me."), new("returnUrl", "/admin/review")],
            SiteClient.AntiforgeryToken(queue));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else acted on this item first", page, StringComparison.Ordinal);
        Assert.Contains("Someone else (frank) acted on this item at the same moment; it is now Changes requested", page, StringComparison.Ordinal);
        Assert.Contains("Nothing of yours was lost", page, StringComparison.Ordinal);
        Assert.Contains(">Looks right to me.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal("ChangesRequested", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task Approving_in_the_editor_after_another_reviewer_requested_changes_saves_nothing_and_answers_409()
    {
        await using var site = new TestSite();
        var id = await InReviewAsync(site);
        using var erin = await site.SignInAsync("erin");
        var opened = await erin.GetPageAsync(EditorPages.EditUrl(id));
        Assert.Contains("name=\"WorkflowState\" value=\"InReview\"", opened, StringComparison.Ordinal);

        Assert.True((await site.TransitionAsync("frank", id, "RequestChanges", "Not yet.")).Succeeded);
        using var response = await erin.PostEditAsync(id, opened,
            [new("StatusUpdate.Period.Text", "FY2019 Q4"), new("transition", "Approve"), new("WorkflowState", "InReview"), new("TransitionComment", "Fixed the period.")], command: "");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("(frank)", page, StringComparison.Ordinal);
        Assert.Contains("Nothing of yours was lost", page, StringComparison.Ordinal);
        Assert.Contains("FY2019 Q4", page, StringComparison.Ordinal);
        Assert.NotEqual("FY2019 Q4", (await site.LatestAsync(id)).Text("StatusUpdate", "Period"));
        Assert.Equal("ChangesRequested", (await site.StatusAsync(id))?.State);
    }

    [Fact]
    public async Task A_save_over_a_version_saved_since_names_who_saved_it_and_says_nothing_was_lost()
    {
        await using var site = new TestSite();
        var id = await InReviewAsync(site);
        using var erin = await site.SignInAsync("erin");
        using var frank = await site.SignInAsync("frank");
        var opened = await erin.GetPageAsync(EditorPages.EditUrl(id));
        using var first = await frank.SaveAsync(id, [new("StatusUpdate.Period.Text", "FY2019 Q1")]);

        using var response = await erin.PostEditAsync(id, opened, [new("StatusUpdate.Period.Text", "FY2019 Q2")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else (frank) saved this item", page, StringComparison.Ordinal);
        Assert.Contains("Nothing of yours was lost", page, StringComparison.Ordinal);
        Assert.Contains("FY2019 Q2", page, StringComparison.Ordinal);
    }
}

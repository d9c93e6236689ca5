using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// "Request changes" keeps the reviewed text as it was: the author's changes go into a new
/// version, and the reviewer sees what changed between the two, in the editor's words.
/// </summary>
public sealed class ResubmitAfterChangesTests
{
    [Theory]
    [Trait("Category", "PostgreSql")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Resubmitting_after_request_changes_makes_a_new_version_and_the_queue_lists_only_the_changed_field_by_its_label(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "First try.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        var reviewed = await site.LatestAsync(id);
        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Name the period.")).Succeeded);

        using var alice = await site.SignInAsync("alice");
        using var saved = await alice.SaveAsync(id, [new("StatusUpdate.Period.Text", "FY2019 Q3"), new("transition", "Submit")], command: "");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var resubmitted = await site.LatestAsync(id);
        Assert.NotEqual(reviewed.ContentItemVersionId, resubmitted.ContentItemVersionId);
        Assert.Equal("FY2019 Q3", resubmitted.Text("StatusUpdate", "Period"));
        var stillReviewed = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetVersionAsync(reviewed.ContentItemVersionId));
        Assert.Equal(reviewed.Text("StatusUpdate", "Period"), stillReviewed!.Text("StatusUpdate", "Period"));
        var record = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<EditorialStateRecord>().AsNoTracking().FirstAsync(r => r.ContentItemId == id));
        Assert.Equal(reviewed.ContentItemVersionId, record.ReviewedContentItemVersionId);

        using var erin = await site.SignInAsync("erin");
        var queue = WebUtility.HtmlDecode(await erin.GetPageAsync("/admin/review"));
        // The editor saved every field of the form, empty ones too: empty to empty (or absent) is no
        // change, so only the period is listed, under its label, not its internal name.
        Assert.Contains("Changed since changes were requested: Status Update › Reporting period.", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Period.Text", queue, StringComparison.Ordinal);
        Assert.Contains($"/admin/contents/{id}/diff?from={reviewed.ContentItemVersionId}&to={resubmitted.ContentItemVersionId}", queue, StringComparison.Ordinal);
        var editor = WebUtility.HtmlDecode(await erin.GetPageAsync(EditorPages.EditUrl(id)));
        Assert.Contains($"diff?from={reviewed.ContentItemVersionId}", editor, StringComparison.Ordinal);

        var diff = WebUtility.HtmlDecode(await erin.GetPageAsync($"/admin/contents/{id}/diff?from={reviewed.ContentItemVersionId}&to={resubmitted.ContentItemVersionId}"));
        Assert.Contains("1 changed field", diff, StringComparison.Ordinal);
        Assert.Contains("Reporting period", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resubmission_without_changes_says_so_and_lists_nothing()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "First try.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "Look again.")).Succeeded);
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);

        using var erin = await site.SignInAsync("erin");
        var queue = await erin.GetPageAsync("/admin/review");

        Assert.Contains("Sent back for review with no change since changes were requested.", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed since changes were requested:", queue, StringComparison.Ordinal);
    }
}

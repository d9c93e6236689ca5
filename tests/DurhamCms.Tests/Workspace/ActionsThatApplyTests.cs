using System.Text.RegularExpressions;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;

namespace DurhamCms.Tests.Workspace;

/// <summary>The editor and dashboard offer only what applies to the item and the person.</summary>
public sealed partial class ActionsThatApplyTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public Task InitializeAsync() => _site.CreateCastAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Archive_and_Unpublish_wait_for_the_first_publish_and_a_forged_Archive_is_refused()
    {
        var id = await _site.NewUpdateAsync("alice", "Never published yet.");

        var before = await _site.TransitionNamesAsync("erin", id);
        var forged = await _site.TransitionAsync("erin", id, "Archive", "Tidy up");
        Assert.True((await _site.TransitionAsync("erin", id, "Publish")).Succeeded);
        var after = await _site.TransitionNamesAsync("erin", id);

        Assert.DoesNotContain("Archive", before);
        Assert.DoesNotContain("Unpublish", before);
        Assert.False(forged.Succeeded);
        Assert.Contains("never was", forged.Error, StringComparison.Ordinal);
        Assert.Contains("Archive", after);
        Assert.Contains("Unpublish", after);
    }

    [Fact]
    public async Task A_published_item_under_the_workflow_shows_one_Unpublish_button()
    {
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync(EditorPages.EditUrl(SeededPlan.Initiative311));

        Assert.Single(UnpublishButton().Matches(page));
        Assert.DoesNotContain("/unpublish\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_says_that_it_does_not_publish()
    {
        var id = await _site.NewUpdateAsync("alice", "Ready for review.");
        Assert.True((await _site.TransitionAsync("alice", id, "Submit")).Succeeded);
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync(EditorPages.EditUrl(id));

        Assert.Contains("value=\"Approve\">Approve; publish later</button>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_links_to_the_review_queue_only_for_people_who_may_open_it()
    {
        using var alice = await _site.SignInAsync("alice");
        using var erin = await _site.SignInAsync("erin");

        var authors = await alice.GetPageAsync("/admin");
        var editors = await erin.GetPageAsync("/admin");

        Assert.DoesNotContain("href=\"/admin/review\"", authors, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/review\"", editors, StringComparison.Ordinal);
    }

    [GeneratedRegex(">\\s*Unpublish\\s*</button>")]
    private static partial Regex UnpublishButton();
}

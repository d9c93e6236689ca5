using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;

namespace DurhamCms.Tests.AdminList;

public sealed class ContentListTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
        await _site.CreateUserAsync("nobody");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in_and_a_user_without_a_role_is_refused()
    {
        using var anonymous = _site.Client();
        using var response = await anonymous.GetAsync("/admin/contents");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var nobody = await _site.SignInAsync("nobody");
        using var refused = await nobody.GetAsync("/admin/contents");
        Assert.Contains("/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_the_seeded_plan_with_type_state_status_and_links_to_the_editor()
    {
        using var erin = await _site.SignInAsync("erin");
        // The seeded plan is longer than a page: find 3.11 by its words.
        var page = await erin.GetPageAsync("/admin/contents?q=" + Uri.EscapeDataString("Assess and build"));

        Assert.Contains(SeededPlan.Title311, page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/contents/{SeededPlan.Initiative311}/edit\"", page, StringComparison.Ordinal);
        Assert.Contains("<td>Initiative</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>In Progress</td>", page, StringComparison.Ordinal);
        Assert.Contains(">Published</span>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"On Hold\">On Hold</option>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Type_status_text_and_owner_filters_combine(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateUserAsync("alice", "Author");
        await site.CreateUserAsync("erin", "Editor");
        await site.AddUpdateAsync("alice", "Alice on hold update", status: "On Hold");
        await site.AddUpdateAsync("alice", "Alice progress update");
        await site.AddUpdateAsync("erin", "Erin on hold update", status: "On Hold");
        var aliceId = await site.UserIdAsync("alice");
        using var erin = await site.SignInAsync("erin");

        var onHold = await erin.GetPageAsync("/admin/contents?type=StatusUpdate&status=On%20Hold");
        Assert.Contains("Alice on hold update", onHold, StringComparison.Ordinal);
        Assert.Contains("Erin on hold update", onHold, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice progress update", onHold, StringComparison.Ordinal);
        Assert.DoesNotContain(SeededPlan.Title311, onHold, StringComparison.Ordinal);

        var alices = await erin.GetPageAsync($"/admin/contents?status=On%20Hold&owner={aliceId}");
        Assert.Equal(1, AdminContent.RowCount(alices));
        Assert.Contains("Alice on hold update", alices, StringComparison.Ordinal);

        var searched = await erin.GetPageAsync("/admin/contents?q=PROGRESS%20upd");
        Assert.Equal(1, AdminContent.RowCount(searched));
        Assert.Contains("Alice progress update", searched, StringComparison.Ordinal);
        Assert.Contains("value=\"PROGRESS upd\"", searched, StringComparison.Ordinal);

        var mine = await erin.GetPageAsync("/admin/contents?owner=me&state=draft");
        Assert.Equal(1, AdminContent.RowCount(mine));
        Assert.Contains("Erin on hold update", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_and_published_items_are_told_apart_and_filtered()
    {
        await _site.AddUpdateAsync("alice", "A draft update");
        await _site.AddUpdateAsync("alice", "A published update", publish: true);
        using var erin = await _site.SignInAsync("erin");

        var drafts = await erin.GetPageAsync("/admin/contents?state=draft");
        Assert.Contains("A draft update", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("A published update", drafts, StringComparison.Ordinal);
        Assert.Contains(">Draft</span>", drafts, StringComparison.Ordinal);

        var published = await erin.GetPageAsync("/admin/contents?state=published&type=StatusUpdate");
        Assert.Contains("A published update", published, StringComparison.Ordinal);
        Assert.DoesNotContain("A draft update", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_sees_every_item_but_only_their_own_link_to_the_editor()
    {
        var own = await _site.AddUpdateAsync("alice", "Alice's own update");
        var others = await _site.AddUpdateAsync("erin", "Erin's update");
        using var alice = await _site.SignInAsync("alice");

        var page = await alice.GetPageAsync("/admin/contents");
        Assert.Contains($"href=\"/admin/contents/{own}/edit\"", page, StringComparison.Ordinal);
        Assert.Contains("Erin&#x27;s update", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/admin/contents/{others}/edit", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/admin/contents/{SeededPlan.Initiative311}/edit", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/contents/create/StatusUpdate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/contents/create/Priority\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_lists_page_by_the_query_string_keeping_the_filter_and_sort()
    {
        await _site.AddArticlesAsync("Paged article", 30);
        using var erin = await _site.SignInAsync("erin");

        var first = await erin.GetPageAsync("/admin/contents?type=Article&sort=title");
        Assert.Equal(25, AdminContent.RowCount(first));
        Assert.Contains("30 items, page 1 of 2", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Paged article 00", StringComparison.Ordinal) < first.IndexOf("Paged article 01", StringComparison.Ordinal));
        Assert.Contains("href=\"/admin/contents?type=Article&amp;sort=title&amp;page=2\"", first, StringComparison.Ordinal);

        var second = await erin.GetPageAsync("/admin/contents?type=Article&sort=title&page=2");
        Assert.Equal(5, AdminContent.RowCount(second));
        Assert.Contains("Paged article 29", second, StringComparison.Ordinal);

        var beyond = await erin.GetPageAsync("/admin/contents?type=Article&sort=title&page=999");
        Assert.Contains("page 2 of 2", beyond, StringComparison.Ordinal);
        var nonsense = await erin.GetPageAsync("/admin/contents?type=Article&sort=sideways&page=-3&state=unheard-of");
        Assert.Contains("page 1 of 2", nonsense, StringComparison.Ordinal);
    }
}

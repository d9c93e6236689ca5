using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Users;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.AdminList;

public sealed class DashboardTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Anonymous_visitors_of_the_dashboard_are_sent_to_sign_in()
    {
        using var client = _site.Client();
        using var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_drafts_lists_only_the_users_own_drafts_each_linking_to_the_editor()
    {
        var mine = await _site.AddUpdateAsync("alice", "Alice's draft update");
        await _site.AddUpdateAsync("erin", "Erin's draft update");
        await _site.AddUpdateAsync("alice", "Alice's published update", publish: true);
        using var alice = await _site.SignInAsync("alice");

        var drafts = Section(await alice.GetPageAsync("/admin"), "my-drafts");
        Assert.Contains($"href=\"/admin/contents/{mine}/edit\"", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("Erin&#x27;s draft update", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice&#x27;s published update", drafts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recently_published_lists_what_went_live_newest_first()
    {
        var published = await _site.AddUpdateAsync("alice", "Fresh from the press", publish: true);
        using var erin = await _site.SignInAsync("erin");

        var recent = Section(await erin.GetPageAsync("/admin"), "recently-published");
        Assert.Contains($"href=\"/admin/contents/{published}/edit\"", recent, StringComparison.Ordinal);
        // Newest first: its link comes before every seeded item's.
        var links = System.Text.RegularExpressions.Regex.Matches(recent, "href=\"/admin/contents/([^/\"]+)/edit\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(links.Count > 1, recent);
        Assert.Equal(published, links[0]);
    }

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Stale_content_lists_overdue_initiatives_by_the_residents_rule_then_those_never_reported_on(string provider)
    {
        // 20 January 2024 in Durham: December 2023, the latest month of 3.11's monthly measure, is due by 15 January and reported.
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 20, 17, 0, 0, TimeSpan.Zero));
        await using var site = new TestSite(new TestSiteOptions { Provider = provider, Clock = clock });
        await site.CreateUserAsync("erin", "Editor");
        // The outline's unreported initiatives would fill the list: this test watches its own.
        await site.RemoveSeededInitiativesAsync();
        var (silent, _) = await site.AddInitiativeAsync(PlanItems.Communities, "3.12", "An initiative nobody reported on", "In Progress");
        using var erin = await site.SignInAsync("erin");

        var fresh = Section(await erin.GetPageAsync("/admin"), "stale-content");
        Assert.Contains($"href=\"/admin/contents/{silent}/edit\"", fresh, StringComparison.Ordinal);
        Assert.Contains("Never reported on", fresh, StringComparison.Ordinal);
        Assert.Contains("Update overdue", fresh, StringComparison.Ordinal); // the hint names the residents' rule
        Assert.DoesNotContain(SeededPlan.Title311, fresh, StringComparison.Ordinal);

        // 16 February: January 2024 was due on the 15th and 3.11 has not reported it.
        clock.SetUtcNow(new DateTimeOffset(2024, 2, 16, 17, 0, 0, TimeSpan.Zero));
        using var later = await site.SignInAsync("erin"); // the first sign-in's cookie has expired by then
        var stale = Section(await later.GetPageAsync("/admin"), "stale-content");
        Assert.Contains(SeededPlan.Title311, stale, StringComparison.Ordinal);
        Assert.True(stale.IndexOf(SeededPlan.Title311, StringComparison.Ordinal) < stale.IndexOf($"/admin/contents/{silent}/edit", StringComparison.Ordinal), "Overdue initiatives come before those never reported on.");

        // January's value published makes it current again.
        await site.InScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var measure = (await contents.GetAsync(SeededPlan.Measure311, VersionOptions.DraftRequired))!;
            measure.GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["Period"] = "2024-01", ["Value"] = 21m });
            var saved = await contents.UpdateAsync(measure);
            Assert.True(saved.Succeeded, saved.ToString());
            await contents.PublishAsync(measure);
        });
        Assert.DoesNotContain(SeededPlan.Title311, Section(await later.GetPageAsync("/admin"), "stale-content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_my_review_lists_submitted_items_for_those_who_may_publish_them()
    {
        var submitted = await _site.AddUpdateAsync("alice", "Alice's update for review");
        await _site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var alice = await sp.GetRequiredService<IUserClaimsPrincipalFactory<CmsUser>>().CreateAsync((await users.FindByNameAsync("alice"))!);
            var item = (await sp.GetRequiredService<IContentManager>().GetAsync(submitted, VersionOptions.Latest))!;
            var result = await sp.GetRequiredService<IEditorialWorkflow>().ApplyAsync(item, new TransitionRequest("Submit"), alice);
            Assert.True(result.Succeeded, result.Error);
        });

        using var erin = await _site.SignInAsync("erin");
        var review = Section(await erin.GetPageAsync("/admin"), "waiting-review");
        Assert.Contains($"href=\"/admin/contents/{submitted}/edit\"", review, StringComparison.Ordinal);

        // An Author may review nothing: no section, and so no link to a queue that would refuse them.
        using var alice = await _site.SignInAsync("alice");
        Assert.DoesNotContain("id=\"waiting-review\"", await alice.GetPageAsync("/admin"), StringComparison.Ordinal);
    }

    /// <summary>The HTML of one dashboard section, by its heading id.</summary>
    private static string Section(string page, string headingId)
    {
        var start = page.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The dashboard has no section {headingId}.");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }
}

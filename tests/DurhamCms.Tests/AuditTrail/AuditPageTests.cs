using System.Net;
using DurhamCms.AuditTrail;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.AuditTrail;

public sealed class AuditPageTests : IAsyncLifetime
{
    private readonly TestSite _site = new();

    public async Task InitializeAsync()
    {
        await _site.CreateUserAsync("alice", "Author");
        await _site.CreateUserAsync("erin", "Editor");
        await _site.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "Submitted")
            {
                UserName = "alice", ContentItemId = "itemone0000000000000000001", ContentItemVersionId = "versionone000000000000001",
                ContentType = "StatusUpdate", DisplayText = "Q1 update for 3.11", Comment = "Ready for a look.",
            });
            await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "ChangesRequested")
            {
                UserName = "erin", ContentItemId = "itemone0000000000000000001", ContentItemVersionId = "versionone000000000000001",
                ContentType = "StatusUpdate", DisplayText = "Q1 update for 3.11", Comment = "Name the partner, please.",
            });
            await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "Published")
            {
                UserName = "erin", ContentItemId = "itemtwo0000000000000000002", ContentType = "Initiative", DisplayText = "Street trees",
            });
        });
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task An_editor_sees_events_newest_first_with_comments_and_links_to_the_items_versions()
    {
        using var erin = await _site.SignInAsync("erin");
        var page = await erin.GetPageAsync("/admin/audit");

        var published = page.IndexOf("Street trees", StringComparison.Ordinal);
        var requested = page.IndexOf("Name the partner, please.", StringComparison.Ordinal);
        var submitted = page.IndexOf("Ready for a look.", StringComparison.Ordinal);
        Assert.True(published >= 0 && published < requested && requested < submitted, "newest first");
        Assert.Contains("href=\"/admin/contents/itemone0000000000000000001/versions\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/contents/itemone0000000000000000001/versions#v-versionone000000000000001\"", page, StringComparison.Ordinal);
        using var response = await erin.GetAsync("/admin/audit");
        Assert.True(response.Headers.CacheControl?.NoStore, "never cached");
    }

    [Fact]
    public async Task Filters_by_user_item_event_and_date_work_from_the_query_string()
    {
        using var erin = await _site.SignInAsync("erin");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byUser = await erin.GetPageAsync("/admin/audit?user=alice");
        var byItem = await erin.GetPageAsync("/admin/audit?item=itemtwo0000000000000000002");
        var byEvent = await erin.GetPageAsync("/admin/audit?event=ChangesRequested");
        var byToday = await erin.GetPageAsync($"/admin/audit?from={today}&to={today}&item=itemone0000000000000000001");
        var byFuture = await erin.GetPageAsync($"/admin/audit?from={tomorrow}");

        Assert.Contains("Ready for a look.", byUser, StringComparison.Ordinal);
        Assert.DoesNotContain("Name the partner", byUser, StringComparison.Ordinal);
        Assert.Contains("Street trees", byItem, StringComparison.Ordinal);
        Assert.DoesNotContain("Q1 update for 3.11", byItem, StringComparison.Ordinal);
        Assert.Contains("Name the partner, please.", byEvent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready for a look.", byEvent, StringComparison.Ordinal);
        Assert.Contains("2 events", byToday, StringComparison.Ordinal);
        Assert.Contains("No events match these filters.", byFuture, StringComparison.Ordinal);
        Assert.Contains("value=\"alice\"", byUser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_named_and_left_out_of_the_filter()
    {
        using var erin = await _site.SignInAsync("erin");
        var page = System.Net.WebUtility.HtmlDecode(await erin.GetPageAsync("/admin/audit?from=next-tuesday"));

        Assert.Contains("From date “next-tuesday” is not a date: use YYYY-MM-DD.", page, StringComparison.Ordinal);
        Assert.Contains("Street trees", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_trails_are_paged_and_the_links_keep_the_filter()
    {
        await _site.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 60; i++)
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "Saved") { UserName = "alice", ContentItemId = "busyitem", DisplayText = $"Save {i:00}" });
            }
        });
        using var erin = await _site.SignInAsync("erin");

        var first = await erin.GetPageAsync("/admin/audit?event=Saved");
        var second = await erin.GetPageAsync("/admin/audit?event=Saved&page=2");
        var beyond = await erin.GetPageAsync("/admin/audit?event=Saved&page=99");

        Assert.Contains("Save 59", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Save 09", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/audit?event=Saved&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Save 00", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authors_and_anonymous_visitors_cannot_read_the_audit_trail()
    {
        using var alice = await _site.SignInAsync("alice");
        using var anonymous = _site.Client();

        using var asAuthor = await alice.GetAsync("/admin/audit");
        using var asAnonymous = await anonymous.GetAsync("/admin/audit");

        Assert.True(Refused.IsAccessDenied(asAuthor), $"{asAuthor.StatusCode} {asAuthor.Headers.Location}");
        Assert.True(Refused.IsSignInRedirect(asAnonymous), $"{asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
    }
}

using System.Net;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.AuditTrail;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.History.HistorySite;

namespace DurhamCms.Tests.History;

public sealed class PreviewTests : IAsyncLifetime
{
    private const string DraftText = "Draft sentence only editors may read.";
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await StartAsync();
        await _site.DraftDescriptionAsync($"<p>{DraftText}</p>");
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private static string PreviewUrl => $"/admin/contents/{Initiative311}/preview";

    [Fact]
    public async Task An_editor_sees_the_draft_in_the_public_layout_with_a_banner_and_it_is_never_cached()
    {
        using var erin = await _site.SignInAsync("erin");
        using var response = await erin.GetAsync(PreviewUrl);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DraftText, page, StringComparison.Ordinal);
        Assert.Contains("Preview of a draft — not public", page, StringComparison.Ordinal);
        Assert.Contains("Initiative 3.11:", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", page, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Theory]
    [InlineData("fstbqq5w6asqz1y2ksaae0cesp", "Connected, Engaged, and Inclusive Communities")]
    [InlineData(EngagedCityMeasure, "Engaged City Attendees")]
    [InlineData("4t9vr060w6qz0t17d1e5dyjbz4", "Status update for 3.11")]
    public async Task Every_type_of_the_plan_previews_through_its_public_view(string id, string expected)
    {
        using var erin = await _site.SignInAsync("erin");
        using var response = await erin.GetAsync($"/admin/contents/{id}/preview");
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains("Preview of the published version", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Residents_still_see_the_published_version_while_the_draft_waits()
    {
        using var resident = _site.Client();
        var page = await resident.GetPageAsync(Initiative311Path);

        Assert.DoesNotContain(DraftText, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview of a draft", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_never_sees_the_draft()
    {
        using var anonymous = _site.Client();
        using var response = await anonymous.GetAsync(PreviewUrl);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(Refused.IsSignInRedirect(response), $"{response.StatusCode} {response.Headers.Location}");
        Assert.DoesNotContain(DraftText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_cannot_preview_someone_elses_draft_but_can_preview_their_own()
    {
        var ownId = await _site.InScopeAsync(async sp =>
        {
            var aliceId = await AuditRows.UserIdAsync(sp, "alice");
            var cm = sp.GetRequiredService<IContentManager>();
            var copy = await cm.CloneAsync((await cm.GetAsync(Initiative311, VersionOptions.Latest))!);
            copy.Owner = aliceId;
            copy.Author = "alice";
            copy.ApplyField("Initiative", "Number", new TextField { Text = "3.99" });
            var result = await cm.UpdateAsync(copy);
            Assert.True(result.Succeeded, result.ToString());
            return copy.ContentItemId;
        });
        using var alice = await _site.SignInAsync("alice");

        using var others = await alice.GetAsync(PreviewUrl);
        using var own = await alice.GetAsync($"/admin/contents/{ownId}/preview");

        Assert.True(Refused.IsAccessDenied(others), $"{others.StatusCode} {others.Headers.Location}");
        Assert.DoesNotContain(DraftText, await others.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(DraftText, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_earlier_version_can_be_previewed_and_an_unknown_one_is_not_found()
    {
        var published = (await _site.VersionsAsync(Initiative311)).Single(v => v.Published);
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync($"{PreviewUrl}?version={published.ContentItemVersionId}");
        using var unknown = await erin.GetAsync($"{PreviewUrl}?version=nosuchversion");
        using var otherItem = await erin.GetAsync($"/admin/contents/{EngagedCityMeasure}/preview?version={published.ContentItemVersionId}");

        Assert.Contains("Preview of the published version", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftText, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherItem.StatusCode);
    }
}

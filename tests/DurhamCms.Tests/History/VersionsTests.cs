using System.Net;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.AuditTrail;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.History.HistorySite;

namespace DurhamCms.Tests.History;

public sealed class VersionsTests : IAsyncLifetime
{
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await StartAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private static string VersionsUrl(string id = Initiative311) => $"/admin/contents/{id}/versions";

    [Fact]
    public async Task The_versions_page_lists_every_version_newest_first_with_flags_and_a_compare_form()
    {
        var draftVersion = await _site.DraftDescriptionAsync("<p>A newer description.</p>");
        var published = (await _site.VersionsAsync(Initiative311)).Single(v => v.Published);
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync(VersionsUrl());

        Assert.True(page.IndexOf($"id=\"v-{draftVersion}\"", StringComparison.Ordinal) < page.IndexOf($"id=\"v-{published.ContentItemVersionId}\"", StringComparison.Ordinal));
        Assert.Contains("<span class=\"badge\">Published</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Draft</span>", page, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/contents/{Initiative311}/diff\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"from\" value=\"{published.ContentItemVersionId}\"", page, StringComparison.Ordinal);
        Assert.Contains("Restore version 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_version_shows_who_saved_it_and_the_review_comments_taken_on_it()
    {
        var draftVersion = await _site.InScopeAsync(async sp =>
        {
            AuditRows.ActAs(sp, "erin", await AuditRows.UserIdAsync(sp, "erin"), roles: ["Editor"]);
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(Initiative311, VersionOptions.DraftRequired))!;
            draft.ApplyField("Initiative", "Description", new HtmlField { Html = "<p>Reviewed words.</p>" });
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
            var workflow = sp.GetRequiredService<IEditorialWorkflow>();
            var user = sp.GetRequiredService<IHttpContextAccessor>().HttpContext!.User;
            var transitions = await workflow.GetTransitionsAsync(draft, user);
            var submit = transitions.FirstOrDefault(t => t.Name == "Submit") ?? transitions.First(t => !t.CanSchedule);
            var result = await workflow.ApplyAsync(draft, new TransitionRequest(submit.Name) { Comment = "New description for the spring report." }, user);
            Assert.True(result.Succeeded, result.Error);
            return (draft.ContentItemVersionId, submit.Label);
        });
        using var erin = await _site.SignInAsync("erin");

        var page = System.Net.WebUtility.HtmlDecode(await erin.GetPageAsync(VersionsUrl()));
        var draftRow = Row(page, draftVersion.ContentItemVersionId);
        var firstRow = Row(page, (await _site.VersionsAsync(Initiative311))[0].ContentItemVersionId);

        Assert.Contains("<td>erin</td>", draftRow, StringComparison.Ordinal);
        Assert.Contains("<td>admin</td>", firstRow, StringComparison.Ordinal);
        Assert.Contains($"<strong>{draftVersion.Label}</strong> by erin", draftRow, StringComparison.Ordinal);
        Assert.Contains("<q>New description for the spring report.</q>", draftRow, StringComparison.Ordinal);
        Assert.DoesNotContain("spring report", firstRow, StringComparison.Ordinal);
    }

    private static string Row(string page, string versionId)
    {
        var start = page.IndexOf($"<tr id=\"v-{versionId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for version {versionId}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_diff_page_shows_the_words_that_changed_inside_html_with_a_text_alternative()
    {
        await _site.DraftDescriptionAsync("<p>This effort is to evaluate and <strong>rebuild</strong> the City’s engagement practices.</p>");
        var versions = await _site.VersionsAsync(Initiative311);
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync($"/admin/contents/{Initiative311}/diff?from={versions[0].ContentItemVersionId}&to={versions[1].ContentItemVersionId}");

        Assert.Contains("Description", page, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">[added: </span>", page, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">[removed: </span>", page, StringComparison.Ordinal);
        Assert.Contains("rebuild", page, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;strong&gt;", page, StringComparison.Ordinal);
        var start = page.IndexOf("<div class=\"diff-text\">", StringComparison.Ordinal);
        var text = page[start..page.IndexOf("</div>", start, StringComparison.Ordinal)];
        // Only the text's own line breaks (list items) may appear, never one from the template.
        Assert.DoesNotContain('\n', text.Replace("\n&#x2022; ", "", StringComparison.Ordinal).Replace("\n• ", "", StringComparison.Ordinal));
        Assert.Contains("unchanged field", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_diff_page_compares_a_measure_series_row_by_row()
    {
        var versions = await _site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(EngagedCityMeasure, VersionOptions.DraftRequired))!;
            var points = draft.GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray();
            points[0]!["Value"] = System.Text.Json.Nodes.JsonNode.Parse("99");
            // Far outside the series: saved only as a value a person confirmed.
            points[0]!["Confirmed"] = true;
            points.RemoveAt(1);
            var result = await cm.UpdateAsync(draft);
            Assert.True(result.Succeeded, result.ToString());
            return await cm.ListVersionsAsync(EngagedCityMeasure);
        });
        using var erin = await _site.SignInAsync("erin");

        var page = await erin.GetPageAsync($"/admin/contents/{EngagedCityMeasure}/diff");

        Assert.Equal(2, versions.Count);
        Assert.Contains("Data series (Points)", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"row-changed\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"row-removed\">", page, StringComparison.Ordinal);
        Assert.Contains("[was: </span>23<span", page, StringComparison.Ordinal);
        Assert.Contains("[now: </span>99<span", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_draft_and_loses_nothing()
    {
        var firstVersion = (await _site.VersionsAsync(Initiative311)).Single().ContentItemVersionId;
        var originalParts = (await _site.VersionsAsync(Initiative311)).Single().Content.ToJsonString();
        var secondVersion = await _site.DraftDescriptionAsync("<p>Second thoughts.</p>");
        using var erin = await _site.SignInAsync("erin");

        using var response = await erin.PostFormAsync(VersionsUrl(), [], $"/admin/contents/{Initiative311}/versions/{firstVersion}/restore");
        var versions = await _site.VersionsAsync(Initiative311);
        var notice = await erin.GetPageAsync(VersionsUrl());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, versions.Count);
        var (first, second, restored) = (versions[0], versions[1], versions[2]);
        Assert.Equal(originalParts, first.Content.ToJsonString());
        Assert.True(first.Published, "the published version stays live");
        Assert.Equal(secondVersion, second.ContentItemVersionId);
        Assert.Contains("Second thoughts.", second.GetPartJson("Initiative")!["Description"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(restored.Latest);
        Assert.False(restored.Published);
        Assert.Equal("erin", restored.Author);
        Assert.Equal(first.Owner, restored.Owner);
        Assert.Equal(first.GetPartJson("Initiative")!.ToJsonString(), restored.GetPartJson("Initiative")!.ToJsonString());
        Assert.Contains("Version 1 was restored as a new draft (version 3).", notice, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditRows.ListAsync(_site, Initiative311), r => r.Name == "Restored");
        Assert.Equal("erin", audit.UserName);
        Assert.Equal(restored.ContentItemVersionId, audit.ContentItemVersionId);
    }

    [Fact]
    public async Task An_author_may_not_restore_or_read_the_history_of_someone_elses_item()
    {
        var firstVersion = (await _site.VersionsAsync(Initiative311)).Single().ContentItemVersionId;
        using var erin = await _site.SignInAsync("erin");
        var token = SiteClient.AntiforgeryToken(await erin.GetPageAsync(VersionsUrl()));
        using var alice = await _site.SignInAsync("alice");
        var aliceToken = SiteClient.AntiforgeryToken(await alice.GetPageAsync("/login"));

        using var versions = await alice.GetAsync(VersionsUrl());
        using var diff = await alice.GetAsync($"/admin/contents/{Initiative311}/diff");
        using var restore = await alice.PostWithTokenAsync($"/admin/contents/{Initiative311}/versions/{firstVersion}/restore", [], aliceToken);
        using var noToken = await erin.PostWithTokenAsync($"/admin/contents/{Initiative311}/versions/{firstVersion}/restore", [], token: null);

        Assert.True(Refused.IsAccessDenied(versions), $"{versions.StatusCode}");
        Assert.True(Refused.IsAccessDenied(diff), $"{diff.StatusCode}");
        Assert.True(Refused.IsAccessDenied(restore), $"{restore.StatusCode}");
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Single(await _site.VersionsAsync(Initiative311));
        Assert.NotNull(token);
    }

    [Fact]
    public async Task Unknown_items_and_versions_are_not_found()
    {
        using var erin = await _site.SignInAsync("erin");

        using var item = await erin.GetAsync(VersionsUrl("nosuchitem"));
        using var version = await erin.GetAsync($"/admin/contents/{Initiative311}/diff?from=nosuchversion&to=nosuchversion");

        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
    }
}

using System.Net;
using DurhamCms.ContentManagement;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Localization;

/// <summary>
/// "Translate to Español" makes a linked draft that goes through the editorial workflow on its own,
/// while the English item stays live; the report lists what is missing or out of date.
/// </summary>
public sealed class TranslationWorkflowTests
{
    private const string SpanishTitle = "Iniciativa de prueba para traducir";
    private const string SpanishRoute = "es/iniciativas/3-97-iniciativa-de-prueba-para-traducir";

    [Fact]
    public async Task A_translation_is_made_from_the_editor_reviewed_and_published_while_the_English_stays_live()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        await site.CreateUserAsync("ada", "Administrator");
        var (id, path) = await site.AddInitiativeAsync(Communities, "3.97", "Test initiative to translate", "In Progress", description: "<p>Test text to translate.</p>");
        using var erin = await site.SignInAsync("erin");
        using var resident = site.CreateClient();

        var editor = await erin.GetPageAsync($"/admin/contents/{id}/edit");
        Assert.Contains($"action=\"/admin/localization/translate/{id}\"", editor, StringComparison.Ordinal);
        using var made = await erin.PostFormAsync($"/admin/contents/{id}/edit", [new("culture", "es-US")], $"/admin/localization/translate/{id}");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var draftId = made.Headers.Location!.OriginalString.Split('/')[3];
        Assert.NotEqual(id, draftId);

        // Linked (same set, Spanish), pre-filled from the source, a draft; the English is still published.
        var (draft, source) = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            return ((await cm.GetAsync(draftId, VersionOptions.Latest))!, (await cm.GetAsync(id, VersionOptions.Published))!);
        });
        Assert.Equal("es-US", draft.As<LocalizationPart>()!.Culture);
        Assert.Equal(source.As<LocalizationPart>()!.LocalizationSet, draft.As<LocalizationPart>()!.LocalizationSet);
        Assert.Equal("Test initiative to translate", draft.DisplayText);
        Assert.Contains("Test text to translate.", draft.Content.ToJsonString(), StringComparison.Ordinal);
        Assert.False(draft.Published);
        await AssertEnglishLiveAsync(resident, path);

        // Translating again opens the same draft: one translation per culture.
        using var again = await erin.PostFormAsync($"/admin/contents/{id}/edit", [new("culture", "es-US")], $"/admin/localization/translate/{id}");
        Assert.EndsWith($"/admin/contents/{draftId}/edit", again.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The translator sees the source's text beside the fields.
        var translationEditor = await erin.GetPageAsync($"/admin/contents/{draftId}/edit");
        Assert.Contains("The source text of each field", translationEditor, StringComparison.Ordinal);
        Assert.Contains("Test text to translate.", translationEditor, StringComparison.Ordinal);

        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var latest = (await cm.GetAsync(draftId, VersionOptions.Latest))!;
            latest.DisplayText = SpanishTitle;
            latest.GetOrCreatePartJson("TitlePart")["Title"] = SpanishTitle;
            latest.GetOrCreatePartJson("AutoroutePart")["Path"] = SpanishRoute;
            Assert.True((await cm.UpdateAsync(latest)).Succeeded);
        });

        Assert.True((await site.TransitionAsync("erin", draftId, "Submit")).Succeeded);
        Assert.Equal("InReview", (await site.StatusAsync(draftId))?.State);
        using var ada = await site.SignInAsync("ada");
        var queue = await ada.GetPageAsync("/admin/review");
        Assert.Matches($"<a href=\"/admin/contents/{draftId}/edit\">{SpanishTitle}</a>[\\s\\S]*?Language: <span lang=\"es-US\">", queue);
        await AssertEnglishLiveAsync(resident, path);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/" + SpanishRoute)).StatusCode);

        Assert.True((await site.TransitionAsync("ada", draftId, "Approve")).Succeeded);
        await AssertEnglishLiveAsync(resident, path);
        var publish = await site.TransitionAsync("ada", draftId, "Publish");
        Assert.True(publish.Succeeded, publish.Error);

        var spanish = await resident.GetStringAsync("/" + SpanishRoute);
        Assert.Contains("<html lang=\"es-US\">", spanish, StringComparison.Ordinal);
        Assert.Contains(SpanishTitle, ReadableText(spanish), StringComparison.Ordinal);
        var english = await AssertEnglishLiveAsync(resident, path);
        Assert.Matches($"<link rel=\"alternate\" hreflang=\"es-US\" href=\"http[^\"]+/{SpanishRoute}\">", english);
    }

    [Fact]
    public async Task The_report_lists_a_missing_translation_then_an_out_of_date_one_after_the_source_changes()
    {
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock });
        await site.CreateCastAsync();
        var (id, _) = await site.AddInitiativeAsync(Communities, "3.98", "Test initiative for the report", "In Progress");
        using var erin = await site.SignInAsync("erin");

        var before = await erin.GetPageAsync("/admin/localization/report");
        Assert.Matches($"<tr data-item=\"{id}\">[\\s\\S]*?<td>Missing</td>", before);
        Assert.Contains($"action=\"/admin/localization/translate/{id}\"", before, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(5));
        var translated = await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            return await sp.GetRequiredService<ContentTranslator>().TranslateAsync((await cm.GetAsync(id, VersionOptions.Latest))!, "es-US", null);
        });
        Assert.True(translated.Created, translated.Error);
        var current = await erin.GetPageAsync("/admin/localization/report");
        Assert.DoesNotContain($"data-item=\"{id}\"", current, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(5));
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var source = (await cm.GetAsync(id, VersionOptions.Latest))!;
            source.DisplayText = "Test initiative for the report, renamed";
            source.GetOrCreatePartJson("TitlePart")["Title"] = source.DisplayText;
            Assert.True((await cm.UpdateAsync(source)).Succeeded);
        });

        var after = await erin.GetPageAsync("/admin/localization/report");
        Assert.Matches($"<tr data-item=\"{id}\">[\\s\\S]*?<td>Out of date</td>[\\s\\S]*?href=\"/admin/contents/{translated.ContentItemId}/edit\">Update the translation</a>", after);
    }

    [Fact]
    public async Task The_content_list_shows_each_items_language()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        using var erin = await site.SignInAsync("erin");

        // The recipe seeds the priorities in English and their Spanish translations.
        var list = WebUtility.HtmlDecode(await erin.GetPageAsync("/admin/contents?type=Priority"));
        Assert.Contains("<th scope=\"col\">Language</th>", list, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"es-US\">Español</span>", list, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en-US\">English</span>", list, StringComparison.Ordinal);
    }

    private static async Task<string> AssertEnglishLiveAsync(HttpClient resident, string path)
    {
        var html = await resident.GetStringAsync(path);
        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
        Assert.Contains("Test initiative to translate", ReadableText(html), StringComparison.Ordinal);
        return html;
    }
}

using System.Text.Json;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Search;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Localization;

/// <summary>Search in two languages: Spanish documents get Spanish analysis, and each language searches its own documents.</summary>
public sealed class SpanishSearchTests
{
    [Fact]
    public async Task Spanish_search_finds_words_without_their_accents_and_plurals_and_English_search_does_not_see_Spanish()
    {
        await using var site = new TestSite();
        await site.WaitForSearchIndexAsync();
        using var client = site.CreateClient();

        var unaccented = await TitlesAsync(client, "/api/search?q=participacion&culture=es");
        var plural = await TitlesAsync(client, "/api/search?q=iniciativas&culture=es-US");
        var english = await TitlesAsync(client, "/api/search?q=participacion");
        var englishWords = await TitlesAsync(client, "/api/search?q=engagement");

        Assert.Contains(SpanishPlanPagesTests.SpanishTitle, unaccented);
        Assert.Contains(SpanishPlanPagesTests.SpanishTitle, plural);
        Assert.DoesNotContain(SpanishPlanPagesTests.SpanishTitle, english);
        Assert.Contains(StrategicPlan.Pages.SeededInitiativePageTests.Title, englishWords);
        Assert.DoesNotContain(SpanishPlanPagesTests.SpanishTitle, englishWords);
    }

    [Fact]
    public async Task The_Spanish_search_page_answers_in_Spanish_with_Spanish_snippets()
    {
        await using var site = new TestSite();
        await site.WaitForSearchIndexAsync();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/es/buscar?q=participacion");

        Assert.Contains("<html lang=\"es-US\">", html, StringComparison.Ordinal);
        Assert.Contains(SpanishPlanPagesTests.SpanishTitle, ReadableText(html), StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/es/buscar\"", html, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
    }
}

using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.Search;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Localization;

/// <summary>
/// A Spanish-speaking resident's journey in Chromium, at desktop and phone sizes: the Spanish home,
/// a priority, initiative 3.11 and its chart's table, to English and back, and a search without
/// accents; axe on every page, its language rules included.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class SpanishJourneyBrowserTests(BrowserFixture browser)
{
    private const string SpanishPriority = "Comunidades conectadas, participativas e inclusivas";
    private static readonly string[] Values = ["23", "24", "17", "16", "19", "32"];

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task A_resident_reads_3_11_in_Spanish_switches_to_English_and_back_and_searches_without_accents(int width, int height)
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.WaitForSearchIndexAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });

        await page.GotoAsync(baseUrl + "/es");
        await AssertSpanishPageAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = SpanishPriority, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/es/prioridades/comunidades-conectadas-participativas-e-inclusivas");
        await AssertSpanishPageAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = SpanishPlanPagesTests.SpanishTitle, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + SpanishPlanPagesTests.SpanishPath);
        Assert.Equal($"Iniciativa 3.11: {SpanishPlanPagesTests.SpanishTitle}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Asistentes a las reuniones de Engaged City: los datos del gráfico" });
        Assert.Equal(Values, await table.Locator("tbody td:first-of-type").AllInnerTextsAsync());
        Assert.Equal(["Período", "Valor (asistentes)", "Nota"], await table.Locator("thead th").AllInnerTextsAsync());
        await AssertSpanishPageAsync(page);

        // To the English page of the same initiative, and back.
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + SeededInitiativePageTests.Path);
        Assert.Equal("en-US", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal($"Initiative 3.11: {SeededInitiativePageTests.Title}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Español", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + SpanishPlanPagesTests.SpanishPath);

        // "participacion", typed without its accent, finds 3.11 on the Spanish search page.
        await page.GetByLabel("Buscar en el plan").FillAsync("participacion");
        await Task.WhenAll(page.WaitForURLAsync(baseUrl + "/es/buscar?q=participacion"), page.GetByLabel("Buscar en el plan").PressAsync("Enter"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = SpanishPlanPagesTests.SpanishTitle, Exact = true }).CountAsync());
        Assert.Contains("resultado", await page.Locator("#results-heading").InnerTextAsync(), StringComparison.Ordinal);
        await AssertSpanishPageAsync(page);
        await page.CloseAsync();
    }

    /// <summary>The page is Spanish, and axe passes it with its language rules among the checks that ran.</summary>
    private static async Task AssertSpanishPageAsync(IPage page)
    {
        Assert.Equal("es-US", await page.GetAttributeAsync("html", "lang"));
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        var passed = axe.Passes.Select(p => p.Id).ToList();
        Assert.Contains("html-lang-valid", passed);
        Assert.Contains("valid-lang", passed);
    }
}

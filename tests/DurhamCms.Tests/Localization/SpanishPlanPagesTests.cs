using System.Net;
using System.Text.Encodings.Web;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Localization;

/// <summary>
/// The seeded Spanish translations: the plan's data entered once on the English items, shown in both
/// languages; Spanish pages under /es with their lang, alternates both ways and a language switch.
/// </summary>
public sealed class SpanishPlanPagesTests
{
    public const string SpanishPath = "/es/iniciativas/3-11-evaluar-y-crear-vias-innovadoras-que-faciliten-la-participacion-comunitaria-equitativa";
    public const string SpanishTitle = "Evaluar y crear vías innovadoras que faciliten la participación comunitaria equitativa";
    private const string SpanishPriorityPath = "/es/prioridades/comunidades-conectadas-participativas-e-inclusivas";

    [Fact]
    public async Task Translations_stay_out_of_the_plans_indexes_so_the_plan_counts_each_initiative_once()
    {
        await using var site = new TestSite();
        var (initiatives, measures) = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var initiative = await db.Set<InitiativeIndex>().Where(x => x.Number == "3.11" && x.Published).Select(x => x.Title).ToListAsync();
            var ids = await db.Set<InitiativeIndex>().Where(x => x.Number == "3.11").Select(x => x.ContentItemId).ToListAsync();
            var measure = await db.Set<KeyMeasureIndex>().Where(x => ids.Contains(x.InitiativeContentItemId!) && x.Published).Select(x => x.Title).ToListAsync();
            return (initiative, measure);
        });

        Assert.Equal([SeededInitiativePageTests.Title], initiatives);
        Assert.Equal(["Engaged City Attendees"], measures);
    }

    [Fact]
    public async Task The_Spanish_page_of_3_11_shows_the_English_items_data_with_the_Spanish_texts()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(SpanishPath);
        var text = ReadableText(html);

        Assert.Contains("<html lang=\"es-US\">", html, StringComparison.Ordinal);
        Assert.Contains(SpanishTitle, text, StringComparison.Ordinal);
        Assert.Contains("Este esfuerzo consiste en evaluar", text, StringComparison.Ordinal);
        Assert.Contains("Asistentes a las reuniones de Engaged City", text, StringComparison.Ordinal);
        Assert.Contains("Desde que comenzamos a organizar", text, StringComparison.Ordinal);
        // The measure's points are the English item's only: the translation's copy is never read.
        Assert.Contains("32", text, StringComparison.Ordinal);
        Assert.Contains("asistentes", text, StringComparison.Ordinal);
        Assert.Contains("Comunidades conectadas, participativas e inclusivas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("This effort is to evaluate", text, StringComparison.Ordinal);

        // The interface around the content is Spanish: headings, statuses, dates.
        Assert.Contains("Indicadores clave y análisis de datos", text, StringComparison.Ordinal);
        Assert.Contains("¿Por qué es importante?", text, StringComparison.Ordinal);
        Assert.Contains("Estado: En curso", text, StringComparison.Ordinal);
        // The latest period with data, then the day the page last changed, both in Spanish.
        Assert.Matches(@"Última actualización Datos de [a-záéíóúñ]+ de \d{4} Última modificación de la página \d{1,2} de [a-záéíóúñ]+ de \d{4}", text);
        // The status update has no translation: its English narrative carries lang="en-US" on the Spanish page.
        Assert.Contains("<div class=\"prose\" lang=\"en-US\"><p>Over the past several months", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_and_Spanish_pages_name_each_other_as_alternates_and_switch_to_each_other()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var english = await client.GetStringAsync(SeededInitiativePageTests.Path);
        var spanish = await client.GetStringAsync(SpanishPath);

        foreach (var page in new[] { english, spanish })
        {
            Assert.Matches($"<link rel=\"alternate\" hreflang=\"en-US\" href=\"http[^\"]+{SeededInitiativePageTests.Path}\">", page);
            Assert.Matches($"<link rel=\"alternate\" hreflang=\"es-US\" href=\"http[^\"]+{SpanishPath}\">", page);
        }

        Assert.Contains("<html lang=\"en-US\">", english, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SpanishPath}\" hreflang=\"es-US\">{Encoded("Español")}</a>", english, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SeededInitiativePageTests.Path}\" hreflang=\"en-US\">English</a>", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untranslated_page_says_so_in_Spanish_and_links_to_the_Spanish_home()
    {
        await using var site = new TestSite();
        var (_, path) = await site.AddInitiativeAsync(Communities, "3.96", "Test initiative nobody has translated", "In Progress");
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.Contains("<li lang=\"es-US\">", html, StringComparison.Ordinal);
        Assert.Contains("Esta página aún no está traducida al español.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/es\" hreflang=\"es-US\">Ir a la página principal en español</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang=\"es-US\" href=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Spanish_home_and_priority_pages_show_the_translated_priorities_and_the_plans_initiatives()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var home = await client.GetStringAsync("/es");
        var englishHome = await client.GetStringAsync("/");
        var priority = await client.GetStringAsync(SpanishPriorityPath);

        Assert.Contains("<html lang=\"es-US\">", home, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SpanishPriorityPath}\">Comunidades conectadas, participativas e inclusivas</a>", home, StringComparison.Ordinal);
        Assert.Contains(Encoded("Prosperidad económica compartida"), home, StringComparison.Ordinal);
        Assert.DoesNotContain("Prosperidad", englishHome, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(Communities), englishHome, StringComparison.Ordinal);
        Assert.Contains("3.11", ReadableText(priority), StringComparison.Ordinal);
        Assert.Contains("Fortalecer los lazos comunitarios", ReadableText(priority), StringComparison.Ordinal);
        // The translated initiative is listed by its Spanish title, linking to its Spanish page; the count reads in Spanish.
        Assert.Contains($"<a href=\"{SpanishPath}\">{Encoded(SpanishTitle)}</a>", priority, StringComparison.Ordinal);
        Assert.Matches(@"Se muestran \d+ de \d+ iniciativas", ReadableText(priority));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/xq")).StatusCode);
    }

    /// <summary>As Razor writes text: letters beyond ASCII as character references.</summary>
    private static string Encoded(string text) => HtmlEncoder.Default.Encode(text);
}

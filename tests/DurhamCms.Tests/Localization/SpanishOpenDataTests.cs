using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.Localization;

/// <summary>
/// Open data, feeds, the sitemap and the pages around the content in Spanish: the same data as
/// English (entered once), with the Spanish texts and Spanish addresses.
/// </summary>
public sealed class SpanishOpenDataTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task The_Spanish_plan_json_has_the_Spanish_texts_and_addresses_and_the_same_data_as_the_English()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        using var english = JsonDocument.Parse(await client.GetStringAsync("/api/plan.json"));
        using var spanish = JsonDocument.Parse(await client.GetStringAsync("/es/api/plan.json"));
        var en = Initiative311(english);
        var es = Initiative311(spanish);

        Assert.Equal(SeededInitiativePageTests.Title, en.GetProperty("title").GetString());
        Assert.Equal(SpanishPlanPagesTests.SpanishTitle, es.GetProperty("title").GetString());
        Assert.Equal("http://localhost" + SpanishPlanPagesTests.SpanishPath, es.GetProperty("url").GetString());
        Assert.Equal(en.GetProperty("id").GetString(), es.GetProperty("id").GetString());
        Assert.Equal(en.GetProperty("status").GetString(), es.GetProperty("status").GetString());
        Assert.Contains("Comunidades conectadas, participativas e inclusivas", spanish.RootElement.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("title").GetString()));

        var enMeasure = en.GetProperty("keyMeasures")[0];
        var esMeasure = es.GetProperty("keyMeasures")[0];
        Assert.Equal("Asistentes a las reuniones de Engaged City", esMeasure.GetProperty("title").GetString());
        Assert.Equal(Values(enMeasure), Values(esMeasure));
        Assert.Equal([23m, 24m, 17m, 16m, 19m, 32m], Values(esMeasure));
        Assert.StartsWith("http://localhost/es/api/measures/", esMeasure.GetProperty("csv").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/api/measures/", enMeasure.GetProperty("csv").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measures_Spanish_download_has_its_Spanish_title_and_unit_and_the_English_items_points()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();
        using var spanishPlan = JsonDocument.Parse(await client.GetStringAsync("/es/api/plan.json"));
        var id = Initiative311(spanishPlan).GetProperty("keyMeasures")[0].GetProperty("id").GetString();

        using var english = JsonDocument.Parse(await client.GetStringAsync($"/api/measures/{id}.json"));
        using var spanish = JsonDocument.Parse(await client.GetStringAsync($"/es/api/measures/{id}.json"));
        var csv = await client.GetAsync($"/es/api/measures/{id}.csv");

        Assert.Equal("Engaged City Attendees", english.RootElement.GetProperty("measure").GetString());
        Assert.Equal("Asistentes a las reuniones de Engaged City", spanish.RootElement.GetProperty("measure").GetString());
        Assert.Equal("asistentes", spanish.RootElement.GetProperty("unit").GetString());
        Assert.Equal(english.RootElement.GetProperty("points").GetRawText(), spanish.RootElement.GetProperty("points").GetRawText());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("asistentes-a-las-reuniones-de-engaged-city.csv", csv.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/es/api/measures/nope.json")).StatusCode);
    }

    [Fact]
    public async Task The_Spanish_Atom_feed_says_its_language_and_links_to_the_Spanish_pages()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var spanish = XDocument.Parse(await client.GetStringAsync("/es/feeds/status-updates.atom")).Root!;
        var english = XDocument.Parse(await client.GetStringAsync("/feeds/status-updates.atom")).Root!;

        Assert.Equal("es-US", (string?)spanish.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("en-US", (string?)english.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("Plan Estratégico de Durham: informes de avance", spanish.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/es/feeds/status-updates.atom", spanish.Element(Atom + "id")!.Value);
        Assert.Equal(english.Elements(Atom + "entry").Count(), spanish.Elements(Atom + "entry").Count());
        var entry = spanish.Elements(Atom + "entry").First(e => e.Element(Atom + "title")!.Value.StartsWith("3.11", StringComparison.Ordinal));
        Assert.Equal("http://localhost" + SpanishPlanPagesTests.SpanishPath, (string?)entry.Element(Atom + "link")!.Attribute("href"));
        Assert.Contains("En curso", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        // The seeded update has no translation: Spanish headings, its English narrative marked as English.
        var content = entry.Element(Atom + "content")!.Value;
        Assert.Contains("<h2>¿Qué hemos hecho?</h2><div lang=\"en-US\">", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_names_each_translated_page_and_home_in_both_languages()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var urls = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        XElement Url(string loc) => urls.Single(u => u.Element(Sitemap + "loc")!.Value == loc);
        static Dictionary<string, string> Alternates(XElement url) =>
            url.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);

        var englishPage = "http://localhost" + SeededInitiativePageTests.Path;
        var spanishPage = "http://localhost" + SpanishPlanPagesTests.SpanishPath;
        foreach (var page in new[] { englishPage, spanishPage })
        {
            Assert.Equal(new Dictionary<string, string> { ["en-US"] = englishPage, ["es-US"] = spanishPage }, Alternates(Url(page)));
        }

        Assert.Equal(new Dictionary<string, string> { ["en-US"] = "http://localhost/", ["es-US"] = "http://localhost/es" }, Alternates(Url("http://localhost/es")));
    }

    [Fact]
    public async Task The_open_data_page_and_the_error_pages_read_in_Spanish_under_es()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var openData = await client.GetStringAsync("/es/datos-abiertos");
        var missing = await client.GetAsync("/es/iniciativas/no-existe");
        var missingHtml = await missing.Content.ReadAsStringAsync();
        var englishMissing = await (await client.GetAsync("/initiatives/does-not-exist")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"es-US\">", openData, StringComparison.Ordinal);
        Assert.Contains("Datos abiertos y canales", ReadableText(openData), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/es/api/plan.json\">", openData, StringComparison.Ordinal);
        Assert.Contains("<code>/es/api/measures/{id}.csv</code>", openData, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/es/datos-abiertos\">", openData, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"es-US\">", missingHtml, StringComparison.Ordinal);
        Assert.Contains("Página no encontrada", ReadableText(missingHtml), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/es\">", missingHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-US\">", englishMissing, StringComparison.Ordinal);
        Assert.Contains("Page not found", englishMissing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_of_3_11_on_its_Spanish_page_speaks_Spanish_with_Spanish_months_and_downloads()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(SpanishPlanPagesTests.SpanishPath);
        var text = ReadableText(html);

        Assert.Contains("Asistentes a las reuniones de Engaged City: los datos del gráfico", text, StringComparison.Ordinal);
        Assert.Contains("Período", text, StringComparison.Ordinal);
        Assert.Matches(@"Gráfico de barras de Asistentes a las reuniones de Engaged City por mes: julio de \d{4} 23", text);
        Assert.Matches(@"<th scope=""row"">(julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}</th>", html);
        Assert.Contains("href=\"/es/api/measures/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the data behind the chart", text, StringComparison.Ordinal);
    }

    private static JsonElement Initiative311(JsonDocument plan) => plan.RootElement.GetProperty("priorities").EnumerateArray()
        .SelectMany(p => p.GetProperty("initiatives").EnumerateArray())
        .Single(i => i.GetProperty("number").GetString() == "3.11");

    private static List<decimal> Values(JsonElement measure) =>
        measure.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()).ToList();
}

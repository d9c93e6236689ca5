using System.Globalization;
using System.Text;
using System.Xml;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Routing;
using DurhamCms.Localization.Services;
using DurhamCms.Parts.Indexes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>/sitemap.xml (every published routed item, from the Autoroute index, with its other languages) and /robots.txt pointing at it.</summary>
public static class SitemapEndpoints
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // The sitemap protocol's limit per file; a plan past it would need a sitemap index.
    private const int MaxUrls = 50_000;

    /// <summary>Google's extension for a page's other languages (xhtml:link rel="alternate" hreflang).</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static async Task<IResult> SitemapAsync(DurhamDbContext db, PublicUrls urls, ContentCultures cultures, HttpRequest request, CancellationToken ct)
    {
        var baseUrl = urls.BaseUrl(request);
        var site = await cultures.GetAsync();
        var routed = await db.Set<AutorouteIndex>().AsNoTracking()
            .Where(x => x.Published && x.Path != "")
            .Join(db.ContentItems.Where(r => r.Published), x => x.DocumentId, r => r.Id, (x, r) => new { x.ContentItemId, x.Path, Modified = r.ModifiedUtc ?? r.PublishedUtc })
            .OrderBy(x => x.Path)
            .Take(MaxUrls - 1 - site.SupportedCultures.Count)
            .ToListAsync(ct);

        // Each routed item's LocalizationSet, and the set's published pages by culture: every page
        // names all its languages (itself included), as the sitemap protocol's hreflang asks.
        var routedIds = routed.Select(x => x.ContentItemId).ToList();
        var localized = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.Published && routedIds.Contains(x.ContentItemId))
            .Select(x => new { x.ContentItemId, x.LocalizationSet, x.Culture })
            .ToListAsync(ct);
        var pathOf = routed.DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId, x => Loc(baseUrl, x.Path));
        var setOf = localized.DistinctBy(x => x.ContentItemId).ToDictionary(x => x.ContentItemId, x => x.LocalizationSet);
        var alternates = localized.GroupBy(x => x.LocalizationSet)
            .ToDictionary(g => g.Key, g => g.DistinctBy(x => x.Culture, StringComparer.OrdinalIgnoreCase).Select(x => (x.Culture, Href: pathOf[x.ContentItemId])).ToList());
        var homes = site.SupportedCultures.Select(c => (Culture: c, Href: baseUrl + (CulturePrefix.For(c, site.DefaultCulture) is { Length: > 0 } prefix ? prefix : "/"))).ToList();

        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var home in homes)
            {
                Url(xml, home.Href, null, homes.Count > 1 ? homes : []);
            }

            foreach (var item in routed)
            {
                var others = setOf.TryGetValue(item.ContentItemId, out var set) && alternates[set].Count > 1 ? alternates[set] : [];
                Url(xml, pathOf[item.ContentItemId], item.Modified, others);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    public static IResult Robots(PublicUrls urls, HttpRequest request) => Results.Text(
        $"User-agent: *\nDisallow: /admin\nDisallow: /api/search\n\nSitemap: {urls.BaseUrl(request)}/sitemap.xml\n",
        "text/plain; charset=utf-8",
        Encoding.UTF8);

    private static string Loc(string baseUrl, string path) => baseUrl + "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static void Url(XmlWriter xml, string loc, DateTime? modifiedUtc, IReadOnlyList<(string Culture, string Href)> alternates)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        foreach (var (culture, href) in alternates)
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", culture);
            xml.WriteAttributeString("href", href);
            xml.WriteEndElement();
        }

        if (modifiedUtc is { } modified)
        {
            xml.WriteElementString("lastmod", DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}

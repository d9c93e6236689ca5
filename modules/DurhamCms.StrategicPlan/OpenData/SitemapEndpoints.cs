using System.Globalization;
using System.Text;
using System.Xml;
using DurhamCms.Data;
using DurhamCms.Parts.Indexes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>/sitemap.xml (every published routed item, from the Autoroute index) and /robots.txt pointing at it.</summary>
public static class SitemapEndpoints
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // The sitemap protocol's limit per file; a plan past it would need a sitemap index.
    private const int MaxUrls = 50_000;

    public static async Task<IResult> SitemapAsync(DurhamDbContext db, PublicUrls urls, HttpRequest request, CancellationToken ct)
    {
        var baseUrl = urls.BaseUrl(request);
        var routed = await db.Set<AutorouteIndex>().AsNoTracking()
            .Where(x => x.Published && x.Path != "")
            .Join(db.ContentItems.Where(r => r.Published), x => x.DocumentId, r => r.Id, (x, r) => new { x.Path, Modified = r.ModifiedUtc ?? r.PublishedUtc })
            .OrderBy(x => x.Path)
            .Take(MaxUrls - 1)
            .ToListAsync(ct);

        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            Url(xml, baseUrl + "/", null);
            foreach (var item in routed)
            {
                Url(xml, baseUrl + "/" + string.Join('/', item.Path.Split('/').Select(Uri.EscapeDataString)), item.Modified);
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

    private static void Url(XmlWriter xml, string loc, DateTime? modifiedUtc)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        if (modifiedUtc is { } modified)
        {
            xml.WriteElementString("lastmod", DateTime.SpecifyKind(modified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}

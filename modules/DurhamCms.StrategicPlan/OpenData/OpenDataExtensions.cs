using System.Globalization;
using DurhamCms.Caching;
using DurhamCms.Display;
using DurhamCms.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace DurhamCms.StrategicPlan.OpenData;

public static class OpenDataExtensions
{
    // The default culture's addresses, and Spanish's (the Localization module reads "/es/…" in es-US).
    private static readonly string[] CulturePrefixes = ["", "/es"];

    /// <summary>Open data and feeds, and the page cache policies of the plan's pages.</summary>
    public static IServiceCollection AddPlanOpenData(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>().BindConfiguration("DurhamCms");
        services.AddSingleton<PublicUrls>();
        services.AddScoped<PlanVocabulary>();
        services.AddScoped<PlanTreeReader>();
        services.AddScoped<StatusUpdateFeed>();
        services.AddPageCachePolicy(PlanPageCache.Policy);
        // The plan's views render on Contents' item pages; a priority's reads these keys.
        services.AddPageCachePolicy(PageCachePolicies.ContentItem, PlanPageCache.PriorityPageQueryKeys);
        return services;
    }

    public static IEndpointRouteBuilder MapPlanOpenData(this IEndpointRouteBuilder endpoints)
    {
        // Each under "/es" too: the request's culture (from its path) picks the texts and the links.
        foreach (var prefix in CulturePrefixes)
        {
            endpoints.MapGet(prefix + "/api/plan.json", async (PlanTreeReader reader, PublicUrls urls, HttpContext http) =>
            {
                OpenDataHeaders.AllowAnyOrigin(http.Response);
                var tree = await reader.ReadAsync(urls.BaseUrl(http.Request), CultureInfo.CurrentUICulture.Name, PublicPaths.Prefix(http), http.RequestAborted);
                return Results.Json(tree, OpenDataHeaders.JsonOptions, "application/json; charset=utf-8");
            }).CacheOutput(PlanPageCache.Policy);
            endpoints.MapGet(prefix + "/api/measures/{contentItemId}.csv", MeasureEndpoints.CsvAsync).CacheOutput(PlanPageCache.Policy);
            endpoints.MapGet(prefix + "/api/measures/{contentItemId}.json", MeasureEndpoints.JsonAsync).CacheOutput(PlanPageCache.Policy);
            endpoints.MapGet(prefix + "/feeds/status-updates.atom", async (StatusUpdateFeed feed, PlanVocabulary vocabulary, PublicUrls urls, ILocalClock clock, IStringLocalizer<StatusUpdateFeed> T, HttpContext http) =>
            {
                var baseUrl = urls.BaseUrl(http.Request);
                OpenDataHeaders.AllowAnyOrigin(http.Response);
                var text = new AtomFeedText(CultureInfo.CurrentUICulture.Name, PublicPaths.Prefix(http), T["Durham Strategic Plan: status updates"]);
                return Results.Bytes(AtomWriter.Write(baseUrl, await vocabulary.PublisherAsync(), await feed.ReadAsync(baseUrl, http.RequestAborted), text, await clock.GetTimeZoneAsync()), "application/atom+xml; charset=utf-8");
            }).CacheOutput(PlanPageCache.Policy);
        }

        endpoints.MapGet("/sitemap.xml", SitemapEndpoints.SitemapAsync).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/robots.txt", SitemapEndpoints.Robots).CacheOutput(PlanPageCache.Policy);
        return endpoints;
    }
}

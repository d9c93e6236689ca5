using DurhamCms.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.OpenData;

public static class OpenDataExtensions
{
    /// <summary>Open data and feeds, and the page cache policies of the plan's pages.</summary>
    public static IServiceCollection AddPlanOpenData(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>().BindConfiguration("DurhamCms");
        services.AddSingleton<PublicUrls>();
        services.AddScoped<PublishedRoutes>();
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
        endpoints.MapGet("/api/plan.json", async (PlanTreeReader reader, PublicUrls urls, HttpContext http) =>
        {
            OpenDataHeaders.AllowAnyOrigin(http.Response);
            return Results.Json(await reader.ReadAsync(urls.BaseUrl(http.Request), http.RequestAborted), OpenDataHeaders.JsonOptions, "application/json; charset=utf-8");
        }).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/api/measures/{contentItemId}.csv", MeasureEndpoints.CsvAsync).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/api/measures/{contentItemId}.json", MeasureEndpoints.JsonAsync).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/feeds/status-updates.atom", async (StatusUpdateFeed feed, PlanVocabulary vocabulary, PublicUrls urls, HttpContext http) =>
        {
            var baseUrl = urls.BaseUrl(http.Request);
            OpenDataHeaders.AllowAnyOrigin(http.Response);
            return Results.Bytes(AtomWriter.Write(baseUrl, await vocabulary.PublisherAsync(), await feed.ReadAsync(baseUrl, http.RequestAborted)), "application/atom+xml; charset=utf-8");
        }).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/sitemap.xml", SitemapEndpoints.SitemapAsync).CacheOutput(PlanPageCache.Policy);
        endpoints.MapGet("/robots.txt", SitemapEndpoints.Robots).CacheOutput(PlanPageCache.Policy);
        return endpoints;
    }
}

using DurhamCms.ContentManagement.Handlers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.OpenData;

public static class OpenDataExtensions
{
    /// <summary>Open data and feeds, and the output cache of public pages.</summary>
    public static IServiceCollection AddPlanOpenData(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>().BindConfiguration("DurhamCms");
        services.AddSingleton<PublicUrls>();
        services.AddScoped<PublishedRoutes>();
        services.AddScoped<PlanVocabulary>();
        services.AddScoped<PlanTreeReader>();
        services.AddScoped<StatusUpdateFeed>();
        services.AddScoped<IContentHandler, PlanCacheEvictionHandler>();
        services.AddOutputCache(options =>
        {
            // The base policy reaches pages this module does not own ("/", the Contents fallback
            // route for every routed item) by path, without attributes on their controllers.
            options.AddBasePolicy(new PlanPageCachePolicy(publicPagesOnly: true));
            options.AddPolicy(PlanPageCachePolicy.Name, new PlanPageCachePolicy(publicPagesOnly: false));
        });
        return services;
    }

    /// <summary>Middleware (the output cache) that must run before endpoints.</summary>
    public static IApplicationBuilder UsePlanOpenData(this IApplicationBuilder app) => app.UseOutputCache();

    public static IEndpointRouteBuilder MapPlanOpenData(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/plan.json", async (PlanTreeReader reader, PublicUrls urls, HttpContext http) =>
        {
            OpenDataHeaders.AllowAnyOrigin(http.Response);
            return Results.Json(await reader.ReadAsync(urls.BaseUrl(http.Request), http.RequestAborted), OpenDataHeaders.JsonOptions, "application/json; charset=utf-8");
        }).CacheOutput(PlanPageCachePolicy.Name);
        endpoints.MapGet("/api/measures/{contentItemId}.csv", MeasureEndpoints.CsvAsync).CacheOutput(PlanPageCachePolicy.Name);
        endpoints.MapGet("/api/measures/{contentItemId}.json", MeasureEndpoints.JsonAsync).CacheOutput(PlanPageCachePolicy.Name);
        endpoints.MapGet("/feeds/status-updates.atom", async (StatusUpdateFeed feed, PlanVocabulary vocabulary, PublicUrls urls, HttpContext http) =>
        {
            var baseUrl = urls.BaseUrl(http.Request);
            OpenDataHeaders.AllowAnyOrigin(http.Response);
            return Results.Bytes(AtomWriter.Write(baseUrl, await vocabulary.PublisherAsync(), await feed.ReadAsync(baseUrl, http.RequestAborted)), "application/atom+xml; charset=utf-8");
        }).CacheOutput(PlanPageCachePolicy.Name);
        endpoints.MapGet("/sitemap.xml", SitemapEndpoints.SitemapAsync).CacheOutput(PlanPageCachePolicy.Name);
        endpoints.MapGet("/robots.txt", SitemapEndpoints.Robots).CacheOutput(PlanPageCachePolicy.Name);
        return endpoints;
    }
}

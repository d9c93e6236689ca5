using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.OpenData;

public static class OpenDataExtensions
{
    /// <summary>Open data and feeds, and the output cache of public pages.</summary>
    public static IServiceCollection AddPlanOpenData(this IServiceCollection services) => services;

    /// <summary>Middleware (the output cache) that must run before endpoints.</summary>
    public static IApplicationBuilder UsePlanOpenData(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapPlanOpenData(this IEndpointRouteBuilder endpoints) => endpoints;
}

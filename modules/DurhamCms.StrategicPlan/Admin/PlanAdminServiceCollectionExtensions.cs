using DurhamCms.Contents.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Admin;

public static class PlanAdminServiceCollectionExtensions
{
    /// <summary>What the generic admin learns from the plan: its statuses, initiative numbers, and which initiatives have gone stale.</summary>
    public static IServiceCollection AddPlanAdmin(this IServiceCollection services)
    {
        services.AddScoped<IContentStatusSource, PlanStatusSource>();
        services.AddScoped<IStaleContentSource, PlanStaleContentSource>();
        services.AddScoped<IContentNumberSource, PlanNumberSource>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The residents' dashboard pages: home, priorities, initiatives.</summary>
    public static IServiceCollection AddPlanDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section);
        services.AddScoped<StatusVocabulary>();
        services.AddScoped<PlanRoutes>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<InitiativePageQuery>();
        services.AddScoped<PreviewSubstitution>();
        services.AddScoped<DurhamCms.Contents.Admin.History.IContentPreviewContext, PlanPreviewContext>();
        return services;
    }
}

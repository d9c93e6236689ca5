using DurhamCms.ContentManagement.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Measures;

public static class MeasuresServiceCollectionExtensions
{
    /// <summary>The measure series field: its type name, validation, chart and data downloads.</summary>
    public static IServiceCollection AddPlanMeasures(this IServiceCollection services)
    {
        services.AddSingleton(new ContentFieldTypeRegistration("MeasureSeriesField"));
        return services;
    }
}

using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Measures;

public static class MeasuresServiceCollectionExtensions
{
    /// <summary>
    /// The measure series field: its type name and validation. Its chart (<see cref="MeasureChartRenderer"/>)
    /// and data downloads (<see cref="MeasureSeriesExport"/>) are pure functions, called directly.
    /// </summary>
    public static IServiceCollection AddPlanMeasures(this IServiceCollection services)
    {
        services.AddSingleton(new ContentFieldTypeRegistration(nameof(MeasureSeriesField)));
        services.AddScoped<IContentFieldValidator, MeasureSeriesFieldValidator>();
        return services;
    }
}

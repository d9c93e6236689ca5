using DurhamCms.ContentFields;
using DurhamCms.StrategicPlan.Measures.Editor;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Measures;

public static class MeasuresServiceCollectionExtensions
{
    /// <summary>
    /// The measure series field: its editor, validation and diff. Its chart (<see cref="MeasureChartRenderer"/>)
    /// and data downloads (<see cref="MeasureSeriesExport"/>) are pure functions, called directly.
    /// </summary>
    public static IServiceCollection AddPlanMeasures(this IServiceCollection services)
    {
        services.AddContentField<MeasureSeriesField>()
            .WithEditor<MeasureSeriesFieldEditor>().WithValidator<MeasureSeriesFieldValidator>().WithDiffer<MeasureSeriesFieldDiffer>();
        return services;
    }
}

using DurhamCms.Editors;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Measures.Editor;

public static class MeasureEditorServiceCollectionExtensions
{
    /// <summary>The admin editor of the measure series field.</summary>
    public static IServiceCollection AddMeasureSeriesEditor(this IServiceCollection services) =>
        services.AddScoped<IContentFieldEditor, MeasureSeriesFieldEditor>();
}

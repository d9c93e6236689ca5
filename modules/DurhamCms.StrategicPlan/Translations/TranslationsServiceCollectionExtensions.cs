using DurhamCms.Contents.Display;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Translations;

public static class TranslationsServiceCollectionExtensions
{
    public static IServiceCollection AddPlanTranslations(this IServiceCollection services) => services
        .AddScoped<PlanTranslations>()
        .AddScoped<IContentDisplayOverlay, PlanTranslationOverlay>();
}

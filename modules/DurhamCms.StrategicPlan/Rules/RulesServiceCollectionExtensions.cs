using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Rules;

public static class RulesServiceCollectionExtensions
{
    /// <summary>The plan's content rules: initiative numbers, objectives, statuses.</summary>
    public static IServiceCollection AddPlanContentRules(this IServiceCollection services) => services;
}

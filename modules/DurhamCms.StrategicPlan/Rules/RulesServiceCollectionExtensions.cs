using DurhamCms.ContentManagement.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Rules;

public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// The plan's content rules: initiative numbers (form, priority, uniqueness). The objective
    /// x.y is derived from the number by the initiative index, never stored by editors; required
    /// pickers and the status vocabulary are the fields' own settings in the recipe. Status updates
    /// get a readable title (typed, or made from the initiative's number and the period), and a
    /// period that has begun.
    /// </summary>
    public static IServiceCollection AddPlanContentRules(this IServiceCollection services) =>
        services.AddScoped<IContentHandler, InitiativeNumberValidationHandler>()
            .AddScoped<IContentHandler, StatusUpdateTitleHandler>()
            .AddScoped<IContentHandler, StatusUpdatePeriodValidationHandler>();
}

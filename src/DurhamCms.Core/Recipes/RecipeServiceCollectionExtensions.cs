using DurhamCms.Recipes.Steps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Recipes;

public static class RecipeServiceCollectionExtensions
{
    /// <summary>The recipe executor and exporter, and the kernel's steps. Modules add steps with TryAddEnumerable too.</summary>
    public static IServiceCollection AddDurhamRecipes(this IServiceCollection services)
    {
        services.AddOptions<RecipeOptions>().BindConfiguration(RecipeOptions.Section);
        services.TryAddScoped<ContentImportJournal>();
        services.TryAddScoped<IRecipeExecutor, RecipeExecutor>();
        services.TryAddScoped<IRecipeExporter, RecipeExporter>();
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IRecipeStepHandler, ContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ReplaceContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, DeleteContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ContentStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, SettingsStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, FeatureStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, RolesStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, ThemesStep>(),
        ]);
        return services;
    }
}

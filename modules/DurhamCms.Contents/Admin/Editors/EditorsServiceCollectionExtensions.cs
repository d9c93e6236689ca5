using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents.Admin.Editors;

public static class EditorsServiceCollectionExtensions
{
    /// <summary>
    /// The admin's create/edit pages and their helpers (picker search, the editor script). The
    /// editors themselves are registered by the modules that own each field and part.
    /// </summary>
    public static IServiceCollection AddContentEditors(this IServiceCollection services)
    {
        services.AddScoped<ContentEditorPipeline>();
        services.AddScoped<ContentEditorContributors>();
        services.AddScoped<ContentEditorPages>();
        return services;
    }
}

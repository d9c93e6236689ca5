using DurhamCms.Editors;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Parts.Editors;

public static class PartEditorsServiceCollectionExtensions
{
    /// <summary>The admin editors of the parts that have something to edit (lists and containment are set elsewhere).</summary>
    public static IServiceCollection AddPartEditors(this IServiceCollection services)
    {
        services.AddScoped<IContentPartEditor, TitlePartEditor>();
        services.AddScoped<IContentPartEditor, AutoroutePartEditor>();
        services.AddScoped<IContentPartEditor, HtmlBodyPartEditor>();
        services.AddScoped<IContentPartEditor, MarkdownBodyPartEditor>();
        return services;
    }
}

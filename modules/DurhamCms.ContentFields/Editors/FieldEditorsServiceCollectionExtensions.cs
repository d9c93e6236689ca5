using DurhamCms.Editors;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields.Editors;

public static class FieldEditorsServiceCollectionExtensions
{
    /// <summary>The admin editors of the ten content fields.</summary>
    public static IServiceCollection AddContentFieldEditors(this IServiceCollection services)
    {
        services.AddScoped<IContentFieldEditor, TextFieldEditor>();
        services.AddScoped<IContentFieldEditor, NumericFieldEditor>();
        services.AddScoped<IContentFieldEditor, BooleanFieldEditor>();
        services.AddScoped<IContentFieldEditor, DateFieldEditor>();
        services.AddScoped<IContentFieldEditor, DateTimeFieldEditor>();
        services.AddScoped<IContentFieldEditor, LinkFieldEditor>();
        services.AddScoped<IContentFieldEditor, HtmlFieldEditor>();
        services.AddScoped<IContentFieldEditor, MarkdownFieldEditor>();
        services.AddScoped<IContentFieldEditor, ContentPickerFieldEditor>();
        services.AddScoped<IContentFieldEditor, MultiTextFieldEditor>();
        return services;
    }
}

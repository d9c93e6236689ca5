using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields;

public static class ContentFieldServiceCollectionExtensions
{
    /// <summary>
    /// Adds a field type under its class name, then what it is made of, one call each:
    /// <c>services.AddContentField&lt;TextField&gt;().WithSettings&lt;TextFieldSettings&gt;().WithEditor&lt;TextFieldEditor&gt;()...</c>.
    /// Its display needs no call: the view <c>Views/Shared/Fields/{FieldType}.cshtml</c> is found by name.
    /// </summary>
    public static ContentFieldBuilder<TField> AddContentField<TField>(this IServiceCollection services) where TField : ContentField, new() =>
        new(services);
}

using DurhamCms.ContentFields.Diff;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields;

/// <summary>What one field type is made of: its settings, admin editor, validator, diff and handlers.</summary>
public sealed class ContentFieldBuilder<TField> where TField : ContentField, new()
{
    private readonly IServiceCollection _services;
    private readonly List<Type> _settings = [];

    public ContentFieldBuilder(IServiceCollection services)
    {
        _services = services;

        // A factory, so that settings named after this call still reach the registration.
        services.AddSingleton(_ => new ContentFieldTypeRegistration(FieldType) { SettingsTypes = _settings.ToList() });
    }

    public string FieldType => typeof(TField).Name;

    public ContentFieldBuilder<TField> WithSettings<TSettings>() where TSettings : class, new()
    {
        _settings.Add(typeof(TSettings));
        return this;
    }

    public ContentFieldBuilder<TField> WithEditor<TEditor>() where TEditor : class, IContentFieldEditor
    {
        _services.AddScoped<IContentFieldEditor, TEditor>();
        return this;
    }

    public ContentFieldBuilder<TField> WithValidator<TValidator>() where TValidator : class, IContentFieldValidator
    {
        _services.AddScoped<IContentFieldValidator, TValidator>();
        return this;
    }

    /// <summary>How the history's diff reads this field; typed by the field, so it cannot read another.</summary>
    public ContentFieldBuilder<TField> WithDiffer<TDiffer>() where TDiffer : ContentFieldDiffer<TField>
    {
        _services.AddSingleton<IContentFieldDiffer, TDiffer>();
        return this;
    }

    /// <summary>A content handler that only this field type needs (HtmlField's sanitizing on save).</summary>
    public ContentFieldBuilder<TField> WithHandler<THandler>() where THandler : class, IContentHandler
    {
        _services.AddScoped<IContentHandler, THandler>();
        return this;
    }
}

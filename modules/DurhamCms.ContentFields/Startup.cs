using DurhamCms.ContentFields.Editors;
using DurhamCms.ContentFields.Handlers;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields;

/// <summary>Orchard's content fields: their type names, validation, HTML sanitizing and Markdown rendering.</summary>
public sealed class Startup : ModuleStartup
{
    private static readonly string[] FieldTypes =
    [
        nameof(TextField), nameof(NumericField), nameof(BooleanField), nameof(DateField), nameof(DateTimeField),
        nameof(LinkField), nameof(HtmlField), nameof(MarkdownField), nameof(ContentPickerField), nameof(MultiTextField),
    ];

    public override string Id => "DurhamCms.ContentFields";

    public override string Name => "Content fields";

    public override string Description => "Orchard's content fields: their type names, editors, validation, HTML sanitizing and Markdown rendering.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.ContentFields"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var fieldType in FieldTypes)
        {
            services.AddSingleton(new ContentFieldTypeRegistration(fieldType));
        }

        services.AddSingleton<IHtmlSanitizerService, HtmlSanitizerService>();
        services.AddSingleton<MarkdownRenderer>();

        services.AddScoped<IContentFieldValidator, TextFieldValidator>();
        services.AddScoped<IContentFieldValidator, NumericFieldValidator>();
        services.AddScoped<IContentFieldValidator, DateFieldValidator>();
        services.AddScoped<IContentFieldValidator, DateTimeFieldValidator>();
        services.AddScoped<IContentFieldValidator, LinkFieldValidator>();
        services.AddScoped<IContentFieldValidator, ContentPickerFieldValidator>();
        services.AddScoped<IContentFieldValidator, MultiTextFieldValidator>();

        services.AddScoped<IContentHandler, HtmlFieldSanitizingHandler>();
        services.AddScoped<IContentHandler, ContentFieldValidationHandler>();

        services.AddContentFieldEditors();
    }
}

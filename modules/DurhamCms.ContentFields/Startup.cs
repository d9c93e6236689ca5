using DurhamCms.ContentFields.Diff;
using DurhamCms.ContentFields.Editors;
using DurhamCms.ContentFields.Handlers;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields;

/// <summary>Orchard's content fields: each type with its settings, editor, validator and diff; HTML sanitizing and Markdown rendering.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.ContentFields";

    public override string Name => "Content fields";

    public override string Description => "Orchard's content fields: each type with its settings, editor, validation and diff; HTML sanitizing and Markdown rendering.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.ContentFields"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IHtmlSanitizerService, HtmlSanitizerService>();
        services.AddSingleton<MarkdownRenderer>();

        services.AddContentField<TextField>().WithSettings<TextFieldSettings>().WithSettings<TextFieldPredefinedListEditorSettings>()
            .WithEditor<TextFieldEditor>().WithValidator<TextFieldValidator>().WithDiffer<TextFieldDiffer>();
        services.AddContentField<NumericField>().WithSettings<NumericFieldSettings>()
            .WithEditor<NumericFieldEditor>().WithValidator<NumericFieldValidator>().WithDiffer<NumericFieldDiffer>();
        services.AddContentField<BooleanField>().WithSettings<BooleanFieldSettings>()
            .WithEditor<BooleanFieldEditor>().WithDiffer<BooleanFieldDiffer>();
        services.AddContentField<DateField>().WithSettings<DateFieldSettings>()
            .WithEditor<DateFieldEditor>().WithValidator<DateFieldValidator>().WithDiffer<DateFieldDiffer>()
            .WithHandler<DateFieldImportHandler>();
        services.AddContentField<DateTimeField>().WithSettings<DateTimeFieldSettings>()
            .WithEditor<DateTimeFieldEditor>().WithValidator<DateTimeFieldValidator>().WithDiffer<DateTimeFieldDiffer>();
        services.AddContentField<TimeField>().WithSettings<TimeFieldSettings>()
            .WithEditor<TimeFieldEditor>().WithValidator<TimeFieldValidator>().WithDiffer<TimeFieldDiffer>();
        services.AddContentField<UserPickerField>().WithSettings<UserPickerFieldSettings>()
            .WithEditor<UserPickerFieldEditor>().WithHandler<UserPickerFieldHandler>().WithValidator<UserPickerFieldValidator>().WithDiffer<UserPickerFieldDiffer>();
        services.AddContentField<LinkField>().WithSettings<LinkFieldSettings>()
            .WithEditor<LinkFieldEditor>().WithValidator<LinkFieldValidator>().WithDiffer<LinkFieldDiffer>();
        services.AddContentField<HtmlField>().WithSettings<HtmlFieldSettings>()
            .WithEditor<HtmlFieldEditor>().WithHandler<HtmlFieldSanitizingHandler>().WithDiffer<HtmlFieldDiffer>();
        services.AddContentField<MarkdownField>().WithSettings<MarkdownFieldSettings>()
            .WithEditor<MarkdownFieldEditor>().WithDiffer<MarkdownFieldDiffer>();
        services.AddContentField<ContentPickerField>().WithSettings<ContentPickerFieldSettings>()
            .WithEditor<ContentPickerFieldEditor>().WithValidator<ContentPickerFieldValidator>().WithDiffer<ContentPickerFieldDiffer>();
        services.AddContentField<MultiTextField>().WithSettings<MultiTextFieldSettings>()
            .WithEditor<MultiTextFieldEditor>().WithValidator<MultiTextFieldValidator>().WithDiffer<MultiTextFieldDiffer>();

        // After every field type: a field's own handlers (sanitizing HTML) run before its rules are checked.
        services.AddScoped<IContentHandler, ContentFieldValidationHandler>();
    }
}

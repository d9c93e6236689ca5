using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>BooleanField as a checkbox; a hidden "false" before it makes an unticked box post too.</summary>
public sealed class BooleanFieldEditor : IContentFieldEditor
{
    public string FieldType => nameof(BooleanField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<BooleanFieldSettings>();
        var value = context.Form is not null && context.Form.ContainsKey(context.NameFor(nameof(BooleanField.Value)))
            ? IsTicked(context.Form[context.NameFor(nameof(BooleanField.Value))])
            : context.Item.VersionStamp == 0 && context.Read<BooleanField>().Value is false ? settings.DefaultValue : context.Read<BooleanField>().Value;
        return new EditorShape("~/Views/Editors/BooleanField.cshtml", new BooleanFieldEditorModel(context, value)
        {
            Hint = settings.Hint,
            Label = string.IsNullOrWhiteSpace(settings.Label) ? context.Label : settings.Label,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.TryGetValue(context.NameFor(nameof(BooleanField.Value)), out var values))
        {
            context.Write(new BooleanField { Value = IsTicked(values) });
        }
    }

    private static bool IsTicked(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
}

public sealed class BooleanFieldEditorModel(EditorContext context, bool value) : EditorModel(context, nameof(BooleanField.Value))
{
    public bool Value { get; } = value;

    public string Name => NameFor(nameof(BooleanField.Value));
}

using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>MultiTextField as a group of checkboxes, one per option, in the options' order.</summary>
public sealed class MultiTextFieldEditor : IContentFieldEditor
{
    public string FieldType => nameof(MultiTextField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<MultiTextFieldSettings>();
        var name = context.NameFor(nameof(MultiTextField.Values));
        var values = context.Form is { } form && form.ContainsKey(name)
            ? Values(form, name)
            : context.Item.VersionStamp == 0 && context.Read<MultiTextField>().Values.Length == 0
                ? settings.Options.Where(o => o.Default).Select(o => o.Value).ToArray()
                : context.Read<MultiTextField>().Values;
        return new EditorShape("~/Views/Editors/MultiTextField.cshtml", new MultiTextEditorModel(context)
        {
            Hint = settings.Hint,
            Required = settings.Required,
            Options = settings.Options,
            Values = values,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        var name = context.NameFor(nameof(MultiTextField.Values));
        if (!form.ContainsKey(name))
        {
            return;
        }

        var values = Values(form, name);
        if (values.Any(v => v.Length > EditorLimits.SingleLine))
        {
            result.Fail(context.Member, EditorLimits.TooLong(context.Label, values.Max(v => v.Length), EditorLimits.SingleLine));
            return;
        }

        context.Write(new MultiTextField { Values = values });
    }

    private static string[] Values(IFormCollection form, string name) =>
        form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray();
}

public sealed class MultiTextEditorModel(EditorContext context) : EditorModel(context, nameof(MultiTextField.Values) + "_0")
{
    public IReadOnlyList<MultiTextFieldValueOption> Options { get; init; } = [];
    public IReadOnlyList<string> Values { get; init; } = [];
    public string Name => NameFor(nameof(MultiTextField.Values));
}

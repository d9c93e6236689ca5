using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// TextField: a text box, a text area (editor "TextArea"), or a list of choices (editor
/// "PredefinedList", as a dropdown or radio buttons), as the field's settings say.
/// </summary>
public sealed class TextFieldEditor : IContentFieldEditor
{
    public const string TextAreaEditor = "TextArea";

    public string FieldType => nameof(TextField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<TextFieldSettings>();
        var editor = context.Field.GetSettings<ContentPartFieldSettings>().Editor;
        var list = context.Field.GetSettings<TextFieldPredefinedListEditorSettings>();
        var isList = string.Equals(editor, TextFieldPredefinedListEditorSettings.EditorName, StringComparison.OrdinalIgnoreCase);
        var stored = context.Read<TextField>().Text;
        var value = context.Posted(nameof(TextField.Text)) ?? (context.Item.VersionStamp == 0 && string.IsNullOrEmpty(stored)
            ? (isList ? list.DefaultValue : null) ?? settings.DefaultValue
            : stored);
        var model = new TextFieldEditorModel(context, value)
        {
            Hint = settings.Hint,
            Required = settings.Required,
            Kind = isList ? (list.Editor == EditorOption.Radio ? TextEditorKind.Radio : TextEditorKind.Dropdown)
                : string.Equals(editor, TextAreaEditor, StringComparison.OrdinalIgnoreCase) ? TextEditorKind.TextArea
                : TextEditorKind.TextBox,
            Options = isList ? list.Options : [],
        };
        return new EditorShape("~/Views/Editors/TextField.cshtml", model);
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(TextField.Text))) is not { } text)
        {
            return;
        }

        if (context.CheckLength(result, text, FieldTextLimits.TextMaxLength(context.Field!)))
        {
            context.Write(new TextField { Text = text.Length == 0 ? null : text });
        }
    }
}

public enum TextEditorKind
{
    TextBox,
    TextArea,
    Dropdown,
    Radio,
}

public sealed class TextFieldEditorModel(EditorContext context, string? value) : ValueEditorModel(context, nameof(TextField.Text), value)
{
    public TextEditorKind Kind { get; init; }

    public IReadOnlyList<ListValueOption> Options { get; init; } = [];

    public int MaxLength => Kind == TextEditorKind.TextArea ? EditorLimits.MultiLine : EditorLimits.SingleLine;
}

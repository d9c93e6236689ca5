using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// HtmlField as a text area the editor script turns into a WYSIWYG; without JavaScript the
/// HTML is edited as text. Sanitizing is not done here: the field's save handler does it for
/// the editor, the API and recipes alike, and the display sanitizes again.
/// </summary>
public sealed class HtmlFieldEditor : IContentFieldEditor
{
    public string FieldType => nameof(HtmlField);

    public EditorShape Build(EditorContext context) =>
        new("~/Views/Editors/RichText.cshtml", new RichTextEditorModel(context, nameof(HtmlField.Html), context.Posted(nameof(HtmlField.Html)) ?? context.Read<HtmlField>().Html)
        {
            Hint = context.Field!.GetSettings<HtmlFieldSettings>().Hint,
        });

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(HtmlField.Html))) is { } html && context.CheckLength(result, html, EditorLimits.RichText))
        {
            context.Write(new HtmlField { Html = string.IsNullOrWhiteSpace(html) ? null : html });
        }
    }
}

/// <summary>An HTML body or field: a text area marked for the WYSIWYG.</summary>
public sealed class RichTextEditorModel(EditorContext context, string property, string? value) : ValueEditorModel(context, property, value);

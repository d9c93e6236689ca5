using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// MarkdownField as a text area with a Preview button. The preview is rendered by the server
/// (the same renderer and sanitizer as the site), so it works without JavaScript: the button
/// posts the form, which comes back with everything typed and the preview below the field.
/// </summary>
public sealed class MarkdownFieldEditor(MarkdownRenderer renderer) : IContentFieldEditor
{
    public string FieldType => nameof(MarkdownField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<MarkdownFieldSettings>();
        var value = context.Posted(nameof(MarkdownField.Markdown)) ?? context.Read<MarkdownField>().Markdown;
        return new EditorShape("~/Views/Editors/Markdown.cshtml", MarkdownEditorModel.Create(context, nameof(MarkdownField.Markdown), value, renderer, settings.Hint));
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(MarkdownField.Markdown))) is { } markdown && context.CheckLength(result, markdown, EditorLimits.RichText))
        {
            context.Write(new MarkdownField { Markdown = string.IsNullOrWhiteSpace(markdown) ? null : markdown });
        }
    }
}

public sealed class MarkdownEditorModel(EditorContext context, string property, string? value) : ValueEditorModel(context, property, value)
{
    public const string PreviewAction = "preview";

    /// <summary>The rendered preview, when the editor asked for one.</summary>
    public string? PreviewHtml { get; init; }

    public string PreviewActionValue => $"{Context.Member}:{PreviewAction}";

    /// <summary>The preview is always sanitized, whatever the settings: it shows inside the admin.</summary>
    public static MarkdownEditorModel Create(EditorContext context, string property, string? value, MarkdownRenderer renderer, string? hint) =>
        new(context, property, value)
        {
            Hint = string.IsNullOrWhiteSpace(hint) ? "Markdown: **bold**, *italic*, [link](https://…), - lists, # headings." : hint,
            PreviewHtml = context.RequestedAction == PreviewAction ? renderer.ToHtml(value) is { Length: > 0 } html ? html : "<p><em>Nothing to preview yet.</em></p>" : null,
        };
}

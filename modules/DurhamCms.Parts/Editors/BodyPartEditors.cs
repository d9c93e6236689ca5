using DurhamCms.ContentFields.Editors;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using DurhamCms.Parts.Models;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Parts.Editors;

/// <summary>HtmlBodyPart with the same WYSIWYG as HtmlField; its save handler sanitizes.</summary>
public sealed class HtmlBodyPartEditor : IContentPartEditor
{
    public string PartName => nameof(HtmlBodyPart);

    public EditorShape? Build(EditorContext context) =>
        new("~/Views/Editors/RichText.cshtml", new RichTextEditorModel(context, nameof(HtmlBodyPart.Html), context.Posted(nameof(HtmlBodyPart.Html)) ?? PartJson.Read<HtmlBodyPart>(context).Html)
        {
            Label = "Body",
        });

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(HtmlBodyPart.Html))) is not { } html)
        {
            return;
        }

        if (html.Length > EditorLimits.RichText)
        {
            result.Fail($"{context.Member}.{nameof(HtmlBodyPart.Html)}", EditorLimits.TooLong("Body", html.Length, EditorLimits.RichText));
            return;
        }

        context.Item.Apply(context.Part.Name, new HtmlBodyPart { Html = string.IsNullOrWhiteSpace(html) ? null : html });
    }
}

/// <summary>MarkdownBodyPart with the Markdown editor and its server-rendered preview.</summary>
public sealed class MarkdownBodyPartEditor(MarkdownRenderer renderer) : IContentPartEditor
{
    public string PartName => nameof(MarkdownBodyPart);

    public EditorShape? Build(EditorContext context)
    {
        var value = context.Posted(nameof(MarkdownBodyPart.Markdown)) ?? PartJson.Read<MarkdownBodyPart>(context).Markdown;
        var model = MarkdownEditorModel.Create(context, nameof(MarkdownBodyPart.Markdown), value, renderer, hint: null);
        return new("~/Views/Editors/Markdown.cshtml", model);
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(MarkdownBodyPart.Markdown))) is not { } markdown)
        {
            return;
        }

        if (markdown.Length > EditorLimits.RichText)
        {
            result.Fail($"{context.Member}.{nameof(MarkdownBodyPart.Markdown)}", EditorLimits.TooLong("Body", markdown.Length, EditorLimits.RichText));
            return;
        }

        context.Item.Apply(context.Part.Name, new MarkdownBodyPart { Markdown = string.IsNullOrWhiteSpace(markdown) ? null : markdown });
    }
}

using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>LinkField: the address, its text (unless the settings fix or derive it) and where it opens.</summary>
public sealed class LinkFieldEditor : IContentFieldEditor
{
    /// <summary>Longer addresses break in some browsers and proxies.</summary>
    public const int MaxUrlLength = FieldTextLimits.MaxUrlLength;

    public string FieldType => nameof(LinkField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<LinkFieldSettings>();
        var stored = context.Read<LinkField>();
        var isNew = context.Item.VersionStamp == 0 && stored.Url is null;
        return new EditorShape("~/Views/Editors/LinkField.cshtml", new LinkFieldEditorModel(context)
        {
            Hint = settings.Hint,
            Required = settings.Required,
            Url = context.Posted(nameof(LinkField.Url)) ?? (isNew ? settings.DefaultUrl : stored.Url),
            Text = context.Posted(nameof(LinkField.Text)) ?? (isNew ? settings.DefaultText : stored.Text),
            Target = context.Posted(nameof(LinkField.Target)) ?? (isNew ? settings.DefaultTarget : stored.Target),
            ShowText = settings.LinkTextMode is LinkTextMode.Optional or LinkTextMode.Required,
            TextRequired = settings.LinkTextMode == LinkTextMode.Required,
            UrlPlaceholder = settings.UrlPlaceholder,
            TextPlaceholder = settings.TextPlaceholder,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        var url = form.Value(context.NameFor(nameof(LinkField.Url)));
        if (url is null)
        {
            return;
        }

        var text = form.Value(context.NameFor(nameof(LinkField.Text)));
        var target = form.Value(context.NameFor(nameof(LinkField.Target)));
        var fits = context.CheckLength(result, url, MaxUrlLength, $"The address of {context.Label}")
            & context.CheckLength(result, text, EditorLimits.SingleLine, $"The text of {context.Label}");
        if (!fits)
        {
            return;
        }

        var stored = context.Read<LinkField>();
        context.Write(new LinkField
        {
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Text = text is null ? stored.Text : string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Target = target is null ? stored.Target : string.IsNullOrEmpty(target) ? null : target,
        });
    }
}

public sealed class LinkFieldEditorModel(EditorContext context) : EditorModel(context, nameof(LinkField.Url))
{
    public string? Url { get; init; }
    public string? Text { get; init; }
    public string? Target { get; init; }
    public bool ShowText { get; init; }
    public bool TextRequired { get; init; }
    public string? UrlPlaceholder { get; init; }
    public string? TextPlaceholder { get; init; }
}

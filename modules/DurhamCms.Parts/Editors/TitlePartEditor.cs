using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Parts.Editors;

/// <summary>TitlePart: a text box, or the generated title shown read-only, or nothing when the type hides it.</summary>
public sealed class TitlePartEditor : IContentPartEditor
{
    public string PartName => nameof(TitlePart);

    public EditorShape? Build(EditorContext context)
    {
        var settings = context.Part.GetSettings<TitlePartSettings>();
        var generated = settings.Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden && !string.IsNullOrWhiteSpace(settings.Pattern);
        if (generated && settings.Options == TitlePartOptions.GeneratedHidden)
        {
            return null;
        }

        var value = context.Posted(nameof(TitlePart.Title)) ?? PartJson.Read<TitlePart>(context).Title;
        return new EditorShape("~/Views/Editors/TitlePart.cshtml", new TitlePartEditorModel(context, value)
        {
            Label = "Title",
            Required = settings.Options == TitlePartOptions.EditableRequired,
            Generated = generated,
            Hint = generated ? "Made from the item's other fields when it is saved." : null,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        var settings = context.Part.GetSettings<TitlePartSettings>();
        if (settings.Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden
            || !form.TryGetValue(context.NameFor(nameof(TitlePart.Title)), out var posted))
        {
            return;
        }

        var title = posted.ToString().Trim();
        if (title.Length > EditorLimits.SingleLine)
        {
            result.Fail($"{context.Member}.{nameof(TitlePart.Title)}", EditorLimits.TooLong("Title", title.Length, EditorLimits.SingleLine));
            return;
        }

        context.Item.Apply(context.Part.Name, new TitlePart { Title = title.Length == 0 ? null : title });
    }
}

public sealed class TitlePartEditorModel(EditorContext context, string? value) : ValueEditorModel(context, nameof(TitlePart.Title), value)
{
    public bool Generated { get; init; }
}

using DurhamCms.ContentFields.Editors;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Media.Fields;

/// <summary>One chosen file: its path, alternative text and decorative mark.</summary>
public sealed record MediaFieldEntry(string Path, string Text, bool Decorative);

public sealed class MediaFieldEditorModel(EditorContext context, IReadOnlyList<MediaFieldEntry> entries, MediaFieldSettings settings)
    : EditorModel(context, MediaFieldEditor.AddPath)
{
    public IReadOnlyList<MediaFieldEntry> Entries { get; } = entries;
    public MediaFieldSettings Settings { get; } = settings;
}

/// <summary>
/// MediaField without script: a row per chosen file (alternative text, "decorative", remove) and a
/// library file to add with its text. Saving without a text for an image is refused by the validator.
/// </summary>
public sealed class MediaFieldEditor : IContentFieldEditor
{
    public const string AddPath = "AddPath";
    private const string Present = "Present";

    public string FieldType => nameof(MediaField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<MediaFieldSettings>();
        IReadOnlyList<MediaFieldEntry> entries;
        if (context.Form is { } form && form.ContainsKey(context.NameFor(Present)))
        {
            entries = Posted(context, form).Entries;
        }
        else
        {
            var field = context.Read<MediaField>();
            entries = field.Paths.Select((p, i) => new MediaFieldEntry(p, field.TextAt(i), field.IsDecorative(i))).ToList();
        }

        return new EditorShape("~/Views/Editors/MediaField.cshtml", new MediaFieldEditorModel(context, entries, settings)
        {
            Hint = settings.Hint,
            Required = settings.Required,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (!form.ContainsKey(context.NameFor(Present)))
        {
            return;
        }

        var stored = context.Read<MediaField>();
        var (entries, _) = Posted(context, form);
        var settings = context.Field!.GetSettings<MediaFieldSettings>();
        if (!settings.Multiple && entries.Count > 1)
        {
            // A single-file field: the file just added replaces the one before.
            entries = [entries[^1]];
        }

        foreach (var entry in entries)
        {
            if (!context.CheckLength(result, entry.Text, 1000, "Alternative text"))
            {
                return;
            }
        }

        var anchors = stored.Anchors is { } given
            ? entries.Select(e => Array.IndexOf(stored.Paths, e.Path) is var i and >= 0 && i < given.Length ? given[i] : new MediaAnchor()).ToArray()
            : null;
        context.Write(new MediaField
        {
            Paths = entries.Select(e => e.Path).ToArray(),
            MediaTexts = entries.Select(e => e.Decorative ? "" : e.Text.Trim()).ToArray(),
            Anchors = anchors,
            Decorative = entries.Any(e => e.Decorative) ? entries.Select(e => e.Decorative).ToArray() : null,
        });
    }

    private static (List<MediaFieldEntry> Entries, bool Added) Posted(EditorContext context, IFormCollection form)
    {
        var paths = form[context.NameFor("Paths")].ToArray();
        var texts = form[context.NameFor("MediaTexts")].ToArray();
        var decorative = form[context.NameFor("Decorative")].ToHashSet();
        var removed = form[context.NameFor("Remove")].ToHashSet();
        var entries = new List<MediaFieldEntry>();
        for (var i = 0; i < paths.Length; i++)
        {
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(paths[i]) && !removed.Contains(index))
            {
                entries.Add(new MediaFieldEntry(paths[i]!, i < texts.Length ? texts[i] ?? "" : "", decorative.Contains(index)));
            }
        }

        var added = form[context.NameFor(AddPath)].ToString();
        if (!string.IsNullOrWhiteSpace(added))
        {
            entries.Add(new MediaFieldEntry(added.Trim(), form[context.NameFor("AddText")].ToString(), form[context.NameFor("AddDecorative")].ToString() == "true"));
            return (entries, true);
        }

        return (entries, false);
    }
}

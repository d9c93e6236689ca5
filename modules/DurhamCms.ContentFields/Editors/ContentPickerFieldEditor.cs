using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// ContentPickerField as a select of the allowed items (the editor script adds search as you
/// type over /admin/content-picker). A picked item that no longer exists stays selected under
/// its id with a message, so saving does not silently drop it and the editor sees what to fix.
/// </summary>
public sealed class ContentPickerFieldEditor(DurhamDbContext db) : IContentFieldEditor
{
    /// <summary>Beyond this many candidates the select is cut short; the search finds the rest.</summary>
    public const int MaxOptions = 500;

    public string FieldType => nameof(ContentPickerField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<ContentPickerFieldSettings>();
        var types = settings.DisplayAllContentTypes ? [] : settings.DisplayedContentTypes;
        var selected = context.Form is { } form && form.ContainsKey(context.NameFor(nameof(ContentPickerField.ContentItemIds)))
            ? Ids(form, context)
            : context.Read<ContentPickerField>().ContentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();

        // Sync queries: editors build synchronously, and these are two small indexed reads.
        var candidates = db.ContentItems
            .Where(r => r.Latest && (types.Length == 0 || types.Contains(r.ContentType)) && r.ContentItemId != context.Item.ContentItemId)
            .OrderBy(r => r.DisplayText)
            .Take(MaxOptions)
            .Select(r => new PickerOption(r.ContentItemId, r.DisplayText ?? r.ContentItemId, r.ContentType, r.Published))
            .ToList();
        var known = candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var others = selected.Where(id => !known.Contains(id)).ToList();
        var found = others.Count == 0 ? [] : db.ContentItems
            .Where(r => others.Contains(r.ContentItemId) && (r.Latest || r.Published))
            .Select(r => new PickerOption(r.ContentItemId, r.DisplayText ?? r.ContentItemId, r.ContentType, r.Published))
            .ToList()
            .DistinctBy(o => o.Id)
            .ToList();
        var missing = others.Where(id => found.All(f => f.Id != id)).ToList();
        candidates.AddRange(found);
        candidates.AddRange(missing.Select(id => new PickerOption(id, $"Removed item ({id})", "", false) { Missing = true }));

        var hint = settings.Hint ?? (types.Length > 0 ? $"Choose {(settings.Multiple ? "one or more" : "one")}: {string.Join(", ", types)}." : null);
        return new EditorShape("~/Views/Editors/ContentPickerField.cshtml", new ContentPickerEditorModel(context)
        {
            Hint = hint,
            Required = settings.Required,
            Multiple = settings.Multiple,
            Types = types,
            Options = candidates,
            Selected = selected,
            Missing = missing,
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (!form.ContainsKey(context.NameFor(nameof(ContentPickerField.ContentItemIds))))
        {
            return;
        }

        var ids = Ids(form, context);
        if (ids.Any(id => id.Length > 26))
        {
            result.Fail(context.Member, $"{context.Label} holds something that is not a content item id.");
            return;
        }

        context.Write(new ContentPickerField { ContentItemIds = ids });
    }

    // The form carries an empty value first, so that picking nothing still posts the field.
    private static string[] Ids(IFormCollection form, EditorContext context) =>
        form[context.NameFor(nameof(ContentPickerField.ContentItemIds))]
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => id!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}

public sealed record PickerOption(string Id, string Title, string ContentType, bool Published)
{
    public bool Missing { get; init; }
}

public sealed class ContentPickerEditorModel(EditorContext context) : EditorModel(context, nameof(ContentPickerField.ContentItemIds))
{
    public bool Multiple { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<PickerOption> Options { get; init; } = [];
    public IReadOnlyList<string> Selected { get; init; } = [];

    /// <summary>Picked ids whose items no longer exist.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public string Name => NameFor(nameof(ContentPickerField.ContentItemIds));
}

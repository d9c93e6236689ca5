using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.Data;
using DurhamCms.Recipes;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.ContentFields.Validation;

/// <remarks>
/// In a recipe a picked item may come later in the same recipe (Orchard imports in any order), so
/// a missing item is handed to the <see cref="ContentImportJournal"/>, checked when the recipe
/// finishes, and reported there if still missing; the editor refuses it at once.
/// </remarks>
public sealed class ContentPickerFieldValidator(DurhamDbContext db, ContentImportJournal? journal = null) : IContentFieldValidator
{
    public string FieldName => nameof(ContentPickerField);

    public async Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<ContentPickerField>("must be a list of content item ids.", out var field))
        {
            return;
        }

        var settings = context.Settings<ContentPickerFieldSettings>();
        var ids = field.ContentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        if (ids.Count == 0)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            context.Fail("allows only one item.");
        }

        // A picked item may be a draft not yet published (both are edited together), so the
        // latest version counts, as does the published one of an item whose draft was discarded.
        // Only ids, types and titles are read: a recipe of thousands of items checks a picker each.
        // A recipe's status updates name the initiative imported just before them: the journal
        // remembers the batch's new items, so only a target imported earlier is asked for.
        var found = (journal?.FindImported(ids) ?? await FindLiveAsync(ids))
            .DistinctBy(r => r.ContentItemId)
            .ToDictionary(r => r.ContentItemId);

        foreach (var id in ids.Where(id => !found.ContainsKey(id)))
        {
            if (journal?.Defer(context.ContentItem, context.Member, id) != true)
            {
                context.Fail($"refers to an item that does not exist: {id}.");
            }
        }

        var allowed = settings.DisplayAllContentTypes ? [] : settings.DisplayedContentTypes;
        if (allowed.Length == 0)
        {
            return;
        }

        foreach (var item in found.Values.Where(i => !allowed.Contains(i.ContentType, StringComparer.OrdinalIgnoreCase)))
        {
            context.Fail($"cannot refer to '{item.DisplayText ?? item.ContentItemId}', a {item.ContentType}; allowed: {string.Join(", ", allowed)}.");
        }
    }

    private async Task<List<ImportedContentItem>> FindLiveAsync(List<string> ids)
    {
        var live = await db.ContentItems.AsNoTracking()
            .Where(r => ids.Contains(r.ContentItemId) && (r.Latest || r.Published))
            .Select(r => new ImportedContentItem(r.ContentItemId, r.ContentType, r.DisplayText))
            .ToListAsync();

        // The next item of the recipe naming the same target (every initiative names its priority) need not ask again.
        journal?.Found(live);
        return live;
    }
}

using DurhamCms.ContentManagement;

namespace DurhamCms.Recipes;

/// <summary>
/// What a recipe's import notes instead of refusing, one per request scope. While a recipe runs,
/// handlers report what they changed in an item (HTML the sanitizer removed) and field rules
/// defer what only the whole recipe can judge (a picker naming an item further down). Outside a
/// recipe it is inactive, and the editor keeps refusing at once.
/// </summary>
public sealed class ContentImportJournal
{
    private readonly List<string> _notes = [];
    private readonly List<PendingContentReference> _references = [];
    private readonly HashSet<string> _unstored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedContentItem> _imported = new(StringComparer.Ordinal);

    /// <summary>True while a recipe runs in this scope.</summary>
    public bool Active { get; private set; }

    public void Begin()
    {
        Active = true;
        _notes.Clear();
        _references.Clear();
    }

    public void End()
    {
        Active = false;
        _unstored.Clear();
        _imported.Clear();
    }

    /// <summary>Counts the batches the Content step began, so a handler knows when what it read for one batch is stale.</summary>
    public int Batch { get; private set; }

    /// <summary>
    /// The ids of the current batch's items that have no stored version at all (the step looked them up
    /// in one query). A handler may read what it needs for all of them in one query too, instead of
    /// one per item; an id leaves the set once its first version is imported.
    /// </summary>
    public IReadOnlyCollection<string> UnstoredIds => _unstored;

    /// <summary>
    /// Changes whenever what the journal knows of live items is forgotten (a new batch, a stored
    /// version written over): a handler may keep what it read of a live item while this stays the same.
    /// </summary>
    public int Generation { get; private set; }

    /// <summary>A new batch of items, of which <paramref name="unstoredContentItemIds"/> have no stored version.</summary>
    public void BeginBatch(IEnumerable<string> unstoredContentItemIds)
    {
        Batch++;
        Generation++;
        _unstored.Clear();
        _imported.Clear();
        if (Active)
        {
            _unstored.UnionWith(unstoredContentItemIds);
        }
    }

    /// <summary>True while a recipe imports the first version of this item in the current batch.</summary>
    public bool IsUnstored(string contentItemId) => Active && _unstored.Contains(contentItemId);

    /// <summary>
    /// The step imported <paramref name="item"/>; <paramref name="unstored"/> when it was the item's first
    /// version. Such an item is remembered (type and title, as stored) while it is latest or published,
    /// so a picker naming it a moment later (an initiative's status updates follow it) need not ask the
    /// database. A version written over another may change what is live: that forgets them all.
    /// </summary>
    public void Imported(ContentItem item, bool unstored)
    {
        _unstored.Remove(item.ContentItemId);
        if (!Active)
        {
            return;
        }

        if (!unstored)
        {
            _imported.Clear();
            Generation++;
        }
        else if (item.Latest || item.Published)
        {
            _imported[item.ContentItemId] = new ImportedContentItem(item.ContentItemId, item.ContentType, item.DisplayText);
        }
    }

    /// <summary>
    /// Live items a handler found in the database while a recipe runs (a priority every initiative
    /// picks): remembered like the batch's own new items, and forgotten with them, so the next
    /// initiative naming the same priority need not ask again.
    /// </summary>
    public void Found(IEnumerable<ImportedContentItem> items)
    {
        if (!Active)
        {
            return;
        }

        foreach (var item in items)
        {
            _imported.TryAdd(item.ContentItemId, item);
        }
    }

    /// <summary>The items with these ids, when every one was imported in this batch or found live as above; otherwise null (ask the database).</summary>
    public IReadOnlyList<ImportedContentItem>? FindImported(IReadOnlyCollection<string> contentItemIds)
    {
        var found = new List<ImportedContentItem>(contentItemIds.Count);
        foreach (var id in contentItemIds)
        {
            if (!_imported.TryGetValue(id, out var item))
            {
                return null;
            }

            found.Add(item);
        }

        return found;
    }

    /// <summary>Something an import changed in an item on its way in, e.g. "HtmlBodyPart.Html: removed &lt;script&gt;".</summary>
    public void Note(string message)
    {
        if (Active)
        {
            _notes.Add(message);
        }
    }

    /// <summary>The notes made since the last call, which the caller reports item by item.</summary>
    public IReadOnlyList<string> TakeNotes()
    {
        var taken = _notes.ToList();
        _notes.Clear();
        return taken;
    }

    /// <summary>A reference to check when the recipe finishes; false outside a recipe (check it now).</summary>
    public bool Defer(ContentItem item, string member, string targetContentItemId)
    {
        if (!Active)
        {
            return false;
        }

        _references.Add(new PendingContentReference(item.ContentItemId, item.ContentType, member, targetContentItemId));
        return true;
    }

    public IReadOnlyList<PendingContentReference> References => _references;
}

/// <summary>Item <paramref name="ContentItemId"/>'s field <paramref name="Member"/> ("Part.Field") names <paramref name="TargetContentItemId"/>.</summary>
public sealed record PendingContentReference(string ContentItemId, string ContentType, string Member, string TargetContentItemId);

/// <summary>A content item a recipe imported, as its row stores it.</summary>
public sealed record ImportedContentItem(string ContentItemId, string ContentType, string? DisplayText);

/// <summary>
/// Which of a recipe batch's new items a table has no row for, asked once per batch: a handler
/// that would otherwise ask for each new item ("has it a state row?") asks for the whole batch.
/// Right for a table nothing in the import writes to for items not yet stored.
/// </summary>
public sealed class UnstoredWithoutRows(ContentImportJournal journal, Func<IReadOnlyList<string>, Task<List<string>>> idsWithRows)
{
    private int _batch = -1;
    private HashSet<string> _without = [];

    /// <summary>True when <paramref name="contentItemId"/> is a new item of the current batch with no row.</summary>
    public async Task<bool> HasNoRowAsync(string contentItemId)
    {
        if (!journal.IsUnstored(contentItemId))
        {
            return false;
        }

        if (_batch != journal.Batch)
        {
            var ids = journal.UnstoredIds.ToList();
            _without = ids.Except(await idsWithRows(ids), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            _batch = journal.Batch;
        }

        return _without.Contains(contentItemId);
    }
}

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

    /// <summary>True while a recipe runs in this scope.</summary>
    public bool Active { get; private set; }

    public void Begin()
    {
        Active = true;
        _notes.Clear();
        _references.Clear();
    }

    public void End() => Active = false;

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

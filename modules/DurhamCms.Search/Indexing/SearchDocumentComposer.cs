using DurhamCms.ContentManagement;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Models;
using Lucene.Net.Documents;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// Asks Search's own contributors, then every module's, what the documents of a batch hold.
/// Search's run first by construction, not by registration order, so a module's choice (a hit's
/// link) always has the last word.
/// </summary>
public sealed class SearchDocumentComposer(IEnumerable<ISearchDocumentContributor> modules, SearchCatalog catalog)
{
    private static readonly ISearchDocumentContributor[] Own = [new ContentText(), new ContentRoute(), new ContentTypeFacet()];

    private readonly IReadOnlyList<ISearchDocumentContributor> _modules = modules.ToList();

    /// <summary>The catalog's layout and the contributors that fill it: an index built under another is rebuilt.</summary>
    public string Layout => catalog.Layout + "|language|" + string.Join(',', _modules.Select(m => m.GetType().FullName).Order(StringComparer.Ordinal));

    public async Task<IReadOnlyList<Document>> BuildAsync(IReadOnlyList<ContentItem> items, bool latest, CancellationToken ct)
    {
        var batch = new SearchDocumentBatch(items, latest);
        foreach (var contributor in Own.Concat(_modules))
        {
            await contributor.ContributeAsync(batch, ct);
        }

        return batch.Documents.Select(SearchDocumentBuilder.Build).ToList();
    }

    /// <summary>The changed items and every item whose document repeats something of them.</summary>
    public async Task<HashSet<string>> ItemsToWriteAsync(IReadOnlyCollection<IndexingTask> tasks, CancellationToken ct)
    {
        var ids = tasks.Select(t => t.ContentItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var contributor in _modules)
        {
            ids.UnionWith(await contributor.ItemsToReindexWithAsync(tasks, ct));
        }

        return ids;
    }
}

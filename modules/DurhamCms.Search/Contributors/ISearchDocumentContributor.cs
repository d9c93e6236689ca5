using DurhamCms.Search.Models;

namespace DurhamCms.Search.Contributors;

/// <summary>
/// A module's say in the search documents of the items it knows: their words, facet values,
/// keywords, sort values, link and how their hits read. Called once per batch of items (up to
/// a thousand when rebuilding), so whatever it reads from the database it reads for the whole
/// batch in a few queries, never one per item. Search's own contributors (text, route, type)
/// have run before any module's, so a module may replace what they set (a hit's link).
/// </summary>
public interface ISearchDocumentContributor
{
    Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct);

    /// <summary>
    /// Items whose documents repeat something of these changed items (a comment shows its
    /// article's title): they are written again with them. None by default.
    /// </summary>
    Task<IReadOnlyCollection<string>> ItemsToReindexWithAsync(IReadOnlyCollection<IndexingTask> changes, CancellationToken ct) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);
}

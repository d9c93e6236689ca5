using DurhamCms.Documents;
using DurhamCms.Search.Models;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// Reads and changes the index profiles document. Rebuild and reset are requests every node
/// answers on its own (a new token each), so one node's button or recipe reaches the whole farm.
/// </summary>
public sealed class IndexProfileStore(IDocumentStore documents, ContentIndexer indexer, DurhamCms.Data.DurhamDbContext db)
{
    public async Task<IReadOnlyList<IndexProfile>> ListAsync() =>
        (await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey)).Profiles;

    /// <summary>Adds or replaces a profile by name; a change to what it indexes, or how, asks every node to rebuild it.</summary>
    public async Task SaveAsync(IndexProfile profile)
    {
        var document = await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey);
        var existing = document.Find(profile.Name);
        if (existing is not null)
        {
            document.Profiles.Remove(existing);
            profile.Id = existing.Id;
            profile.ResetToken = existing.ResetToken;
            profile.RebuildToken = Same(existing, profile) ? existing.RebuildToken : NewToken();
        }
        else
        {
            profile.Id = string.IsNullOrEmpty(profile.Id) ? DurhamCms.ContentManagement.IdGenerator.NewId() : profile.Id;
            profile.RebuildToken = NewToken();
        }

        document.Profiles.Add(profile);
        await SaveAsync(document);
    }

    /// <summary>Asks every node to drop and rebuild these profiles' indexes (all when <paramref name="names"/> is null).</summary>
    public Task<IReadOnlyList<string>> RebuildAsync(IReadOnlyCollection<string>? names) => TouchAsync(names, p => p.RebuildToken = NewToken());

    /// <summary>Asks every node to replay the whole task log into these profiles' indexes.</summary>
    public Task<IReadOnlyList<string>> ResetAsync(IReadOnlyCollection<string>? names) => TouchAsync(names, p => p.ResetToken = NewToken());

    /// <summary>The names given that are not profiles (empty when all are).</summary>
    public async Task<IReadOnlyList<string>> UnknownAsync(IEnumerable<string> names)
    {
        var document = await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey);
        return names.Where(n => document.Find(n) is null).ToList();
    }

    private async Task<IReadOnlyList<string>> TouchAsync(IReadOnlyCollection<string>? names, Action<IndexProfile> touch)
    {
        var document = await documents.GetAsync<IndexProfilesDocument>(IndexProfilesDocument.DocumentKey);
        var chosen = document.Profiles.Where(p => names is null || names.Contains(p.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        chosen.ForEach(touch);
        await SaveAsync(document);
        return chosen.Select(p => p.Name).ToList();
    }

    private async Task SaveAsync(IndexProfilesDocument document)
    {
        await documents.SaveAsync(IndexProfilesDocument.DocumentKey, document);
        await db.AfterCommitOnceAsync("search:wake-indexer", () =>
        {
            indexer.Wake();
            return Task.CompletedTask;
        });
    }

    private static bool Same(IndexProfile a, IndexProfile b) =>
        a.IndexName == b.IndexName
        && a.IndexLatest == b.IndexLatest
        && SearchAnalyzers.Normalize(a.Properties.LuceneIndexMetadata.AnalyzerName) == SearchAnalyzers.Normalize(b.Properties.LuceneIndexMetadata.AnalyzerName)
        && a.Properties.ContentIndexMetadata.IndexedContentTypes.Order(StringComparer.OrdinalIgnoreCase)
            .SequenceEqual(b.Properties.ContentIndexMetadata.IndexedContentTypes.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    private static string NewToken() => Guid.NewGuid().ToString("n");
}

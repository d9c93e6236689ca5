using DurhamCms.Documents;
using DurhamCms.Queries.Models;

namespace DurhamCms.Queries.Services;

/// <summary>The stored queries, found by name as Orchard matches them (case-insensitively).</summary>
public sealed class QueryStore(IDocumentStore documents)
{
    public async Task<StoredQuery?> FindAsync(string name)
    {
        var document = await documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentKey);
        return document.Queries.Select(StoredQuery.From).FirstOrDefault(q => q is not null && string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}

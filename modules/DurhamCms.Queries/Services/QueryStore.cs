using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Queries.Models;

namespace DurhamCms.Queries.Services;

/// <summary>The stored queries, found by name as Orchard matches them (case-insensitively).</summary>
public sealed class QueryStore(IDocumentStore documents)
{
    public async Task<StoredQuery?> FindAsync(string name) =>
        (await ListAsync()).FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<StoredQuery>> ListAsync()
    {
        var document = await documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentKey);
        return document.Queries.Select(StoredQuery.From).OfType<StoredQuery>().OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Stores the query under its name, in place of <paramref name="previousName"/> (a rename) or
    /// of one of the same name. What else the recipe gave the query (Orchard's own properties) is kept.
    /// </summary>
    public async Task SaveAsync(StoredQuery query, string? previousName)
    {
        var document = await documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentKey);
        var json = document.Queries.FirstOrDefault(q => Named(q, previousName ?? query.Name)) is { } existing
            ? (JsonObject)existing.DeepClone()
            : [];
        document.Queries.RemoveAll(q => Named(q, previousName ?? query.Name) || Named(q, query.Name));
        json["Name"] = query.Name;
        json["Source"] = query.Source;
        json["Template"] = query.Template;
        json["ReturnContentItems"] = query.ReturnContentItems;
        json["Public"] = query.Public;
        json.Remove("Index");
        if (query.Index is not null)
        {
            json["Index"] = query.Index;
        }

        document.Queries.Add(json);
        await documents.SaveAsync(QueriesDocument.DocumentKey, document);
    }

    public async Task<bool> DeleteAsync(string name)
    {
        var document = await documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentKey);
        if (document.Queries.RemoveAll(q => Named(q, name)) == 0)
        {
            return false;
        }

        await documents.SaveAsync(QueriesDocument.DocumentKey, document);
        return true;
    }

    private static bool Named(JsonObject json, string name) => string.Equals(StoredQuery.From(json)?.Name, name, StringComparison.OrdinalIgnoreCase);
}

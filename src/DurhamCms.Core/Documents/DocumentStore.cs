using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Documents;

internal sealed class DocumentStore(DurhamDbContext db) : IDocumentStore
{
    public async Task<T> GetAsync<T>(string key) where T : class, new() => await FindAsync<T>(key) ?? new T();

    public async Task<T?> FindAsync<T>(string key) where T : class
    {
        var content = await db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => d.Content).FirstOrDefaultAsync();
        if (content is null)
        {
            return null;
        }

        // A JsonObject document keeps Orchard's case-insensitive lookups, as recipes write names in any case.
        return typeof(T) == typeof(System.Text.Json.Nodes.JsonObject)
            ? ContentJson.ParseObject(content) as T
            : JsonSerializer.Deserialize<T>(content, ContentJson.Options);
    }

    public async Task SaveAsync<T>(string key, T document) where T : class
    {
        var json = JsonSerializer.Serialize(document, ContentJson.Options);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Key == key);
        if (record is null)
        {
            db.Documents.Add(new DocumentRecord { Key = key, Content = json, Version = NewVersion() });
        }
        else
        {
            record.Content = json;
            record.Version = NewVersion();
        }

        await db.SaveChangesAsync();
    }

    // Random rather than incremented: a version number reused after a rolled-back write would
    // let another node's cache serve content that never committed.
    private static long NewVersion() => Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>The document's version, for caches that must notice changes made by other nodes.</summary>
    public Task<long> GetVersionAsync(string key) =>
        db.Documents.AsNoTracking().Where(d => d.Key == key).Select(d => d.Version).FirstOrDefaultAsync();
}

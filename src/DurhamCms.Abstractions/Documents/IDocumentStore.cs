namespace DurhamCms.Documents;

/// <summary>
/// Whole-site JSON documents by key (content definitions, site settings, roles, features,
/// migration versions), in the same database and transaction as content.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The stored document, or a new one when none is stored yet.</summary>
    Task<T> GetAsync<T>(string key) where T : class, new();

    Task<T?> FindAsync<T>(string key) where T : class;

    /// <summary>The same read done synchronously, for code that cannot await (index providers).</summary>
    T? Find<T>(string key) where T : class;

    Task SaveAsync<T>(string key, T document) where T : class;
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Documents;

internal sealed class SiteSettings(IDocumentStore documents) : ISiteSettings
{
    public const string DocumentKey = "SiteSettings";

    public async Task<JsonObject> GetAsync() => await documents.FindAsync<JsonObject>(DocumentKey) ?? [];

    public async Task<T> GetAsync<T>(string name) where T : class, new() =>
        (await GetAsync())[name] is JsonObject json ? json.ToObject<T>() ?? new T() : new T();

    public async Task UpdateAsync(Action<JsonObject> alter)
    {
        var settings = await GetAsync();
        alter(settings);
        await documents.SaveAsync(DocumentKey, settings);
    }
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Documents;

internal sealed class SiteSettings(IDocumentStore documents, IEnumerable<ISiteSettingsHandler> handlers) : ISiteSettings
{
    public const string DocumentKey = "SiteSettings";

    public async Task<JsonObject> GetAsync() => await documents.FindAsync<JsonObject>(DocumentKey) ?? [];

    public async Task<T> GetAsync<T>(string name) where T : class, new() =>
        (await GetAsync())[name] is JsonObject json ? json.ToObject<T>() ?? new T() : new T();

    public async Task UpdateAsync(Action<JsonObject> alter)
    {
        var settings = await GetAsync();
        var before = settings.DeepClone().AsObject();
        alter(settings);
        await documents.SaveAsync(DocumentKey, settings);
        if (!JsonNode.DeepEquals(before, settings))
        {
            foreach (var handler in handlers)
            {
                await handler.ChangedAsync(before, settings);
            }
        }
    }
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Documents;

internal sealed class SiteSettings(DocumentStore documents, IEnumerable<ISiteSettingsHandler> handlers) : ISiteSettings
{
    public const string DocumentKey = "SiteSettings";

    /// <summary>The stored text last parsed for <see cref="GetAsync{T}"/>, and its parse: never handed out, so never changed.</summary>
    private (string? Text, JsonObject Json)? _parsed;

    public async Task<JsonObject> GetAsync() => await documents.FindAsync<JsonObject>(DocumentKey) ?? [];

    /// <remarks>
    /// A page asks for a dozen groups; the document is parsed once while the store hands back the
    /// same text (a save, or a new transaction, reads it again), and each group is made anew.
    /// </remarks>
    public async Task<T> GetAsync<T>(string name) where T : class, new()
    {
        var text = await documents.FindTextAsync(DocumentKey);
        if (_parsed is not { } parsed || !ReferenceEquals(parsed.Text, text))
        {
            parsed = (text, text is null ? [] : ContentJson.ParseObject(text));
            _parsed = parsed;
        }

        return parsed.Json[name] is JsonObject json ? json.ToObject<T>() ?? new T() : new T();
    }

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

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Documents;

namespace DurhamCms.Metadata;

/// <summary>
/// Definitions live in one "ContentDefinition" document. The built definitions are cached per
/// document version; each scope checks the version once, so a change made by another node
/// (or rolled back) is noticed on the next request.
/// </summary>
internal sealed class ContentDefinitionManager(DocumentStore documents, ContentDefinitionCache cache) : IContentDefinitionManager
{
    public const string DocumentKey = "ContentDefinition";

    private ContentDefinitionCache.Entry? _scoped;

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync() => (await GetEntryAsync()).Types;

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name) =>
        (await GetEntryAsync()).TypesByName.GetValueOrDefault(name);

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync() => (await GetEntryAsync()).Parts;

    public async Task<ContentPartDefinition?> GetPartDefinitionAsync(string name) =>
        (await GetEntryAsync()).PartsByName.GetValueOrDefault(name);

    public async Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter)
    {
        var record = await LoadRecordAsync();
        var type = record.ContentTypeDefinitionRecords.FirstOrDefault(t => Same(t.Name, name));
        if (type is null)
        {
            type = new ContentTypeDefinitionRecord { Name = name, DisplayName = name };
            record.ContentTypeDefinitionRecords.Add(type);
        }

        alter(new ContentTypeDefinitionBuilder(type));

        // A type's parts that have no definition of their own get one, as Orchard does.
        foreach (var part in type.ContentTypePartDefinitionRecords)
        {
            if (!record.ContentPartDefinitionRecords.Any(p => Same(p.Name, part.PartName)))
            {
                record.ContentPartDefinitionRecords.Add(new ContentPartDefinitionRecord { Name = part.PartName });
            }
        }

        await SaveRecordAsync(record);
    }

    public async Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter)
    {
        var record = await LoadRecordAsync();
        var part = record.ContentPartDefinitionRecords.FirstOrDefault(p => Same(p.Name, name));
        if (part is null)
        {
            part = new ContentPartDefinitionRecord { Name = name };
            record.ContentPartDefinitionRecords.Add(part);
        }

        alter(new ContentPartDefinitionBuilder(part));
        await SaveRecordAsync(record);
    }

    public async Task DeleteTypeDefinitionAsync(string name)
    {
        var record = await LoadRecordAsync();
        record.ContentTypeDefinitionRecords.RemoveAll(t => Same(t.Name, name));

        // The type's own part goes with it, as in Orchard.
        record.ContentPartDefinitionRecords.RemoveAll(p => Same(p.Name, name));
        await SaveRecordAsync(record);
    }

    public async Task DeletePartDefinitionAsync(string name)
    {
        var record = await LoadRecordAsync();
        record.ContentPartDefinitionRecords.RemoveAll(p => Same(p.Name, name));
        foreach (var type in record.ContentTypeDefinitionRecords)
        {
            type.ContentTypePartDefinitionRecords.RemoveAll(p => Same(p.PartName, name));
        }

        await SaveRecordAsync(record);
    }

    public async Task<ContentDefinitionRecord> LoadRecordAsync() => await documents.GetAsync<ContentDefinitionRecord>(DocumentKey);

    public async Task SaveRecordAsync(ContentDefinitionRecord record)
    {
        record.Serial++;
        await documents.SaveAsync(DocumentKey, record);
        _scoped = null;
    }

    public void Invalidate()
    {
        _scoped = null;
        cache.Clear();
    }

    private async Task<ContentDefinitionCache.Entry> GetEntryAsync()
    {
        if (_scoped is not null)
        {
            return _scoped;
        }

        var version = await documents.GetVersionAsync(DocumentKey);
        var entry = cache.Get(version);
        if (entry is null)
        {
            entry = ContentDefinitionCache.Build(version, await LoadRecordAsync());
            cache.Set(entry);
        }

        return _scoped = entry;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The built definitions of one document version, shared by all requests until it changes.</summary>
internal sealed class ContentDefinitionCache
{
    private volatile Entry? _entry;

    public Entry? Get(long version) => _entry is { } e && e.Version == version ? e : null;

    public void Set(Entry entry) => _entry = entry;

    public void Clear() => _entry = null;

    public static Entry Build(long version, ContentDefinitionRecord record)
    {
        var parts = record.ContentPartDefinitionRecords
            .Select(p => new ContentPartDefinition(
                p.Name,
                p.Settings,
                p.ContentPartFieldDefinitionRecords
                    .OrderBy(f => Position(f.Settings, nameof(ContentPartFieldSettings)))
                    .Select(f => new ContentPartFieldDefinition(f.Name, f.FieldName, f.Settings))
                    .ToList()))
            .ToList();
        var partsByName = new Dictionary<string, ContentPartDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            partsByName.TryAdd(part.Name, part);
        }

        var types = record.ContentTypeDefinitionRecords
            .Select(t => new ContentTypeDefinition(
                t.Name,
                t.DisplayName ?? t.Name,
                t.Settings,
                t.ContentTypePartDefinitionRecords
                    .OrderBy(p => Position(p.Settings, nameof(ContentTypePartSettings)))
                    .Select(p => new ContentTypePartDefinition(
                        p.Name,
                        partsByName.GetValueOrDefault(p.PartName) ?? new ContentPartDefinition(p.PartName, [], []),
                        p.Settings))
                    .ToList()))
            .ToList();
        var typesByName = new Dictionary<string, ContentTypeDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types)
        {
            typesByName.TryAdd(type.Name, type);
        }

        return new Entry(version, types, typesByName, parts, partsByName);
    }

    // Orchard stores positions as strings ("0", "1.5"); unparsable ones sort last, in declared order.
    private static double Position(JsonObject settings, string settingsName) =>
        settings[settingsName] is JsonObject s && s["Position"] is JsonValue v
            && double.TryParse(v.ToString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? position
            : double.MaxValue;

    public sealed record Entry(
        long Version,
        IReadOnlyList<ContentTypeDefinition> Types,
        IReadOnlyDictionary<string, ContentTypeDefinition> TypesByName,
        IReadOnlyList<ContentPartDefinition> Parts,
        IReadOnlyDictionary<string, ContentPartDefinition> PartsByName);
}

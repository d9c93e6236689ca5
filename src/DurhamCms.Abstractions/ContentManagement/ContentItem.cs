using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DurhamCms.ContentManagement;

/// <summary>
/// One version of a content item, in Orchard's JSON layout: the metadata properties,
/// then one property per part (a type's own fields live in the part named after the type).
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    internal static readonly string[] MetadataNames =
    [
        nameof(ContentItemId), nameof(ContentItemVersionId), nameof(ContentType), nameof(DisplayText),
        nameof(Latest), nameof(Published), nameof(ModifiedUtc), nameof(PublishedUtc), nameof(CreatedUtc),
        nameof(Owner), nameof(Author),
    ];

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? DisplayText { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }

    /// <summary>The parts, keyed by part name, as stored.</summary>
    public JsonObject Content { get; private set; } = new(ContentJson.NodeOptions);

    /// <summary>
    /// The storage row's concurrency stamp when this version was read; 0 for a version never saved.
    /// Not part of the document: it travels with the object so a stale save can be refused.
    /// </summary>
    public long VersionStamp { get; set; }

    public bool Has(string partName) => Content[partName] is JsonObject;

    public JsonObject? GetPartJson(string partName) => Content[partName] as JsonObject;

    /// <summary>The part's JSON, created empty when the item has none yet.</summary>
    public JsonObject GetOrCreatePartJson(string partName)
    {
        if (Content[partName] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject(ContentJson.NodeOptions);
        Content[partName] = created;
        return created;
    }

    public TPart? Get<TPart>(string partName) where TPart : ContentPart =>
        Content[partName] is JsonObject json ? json.Deserialize<TPart>(ContentJson.Options) : null;

    /// <summary>Typed access to a part named after its class (TitlePart, AutoroutePart...).</summary>
    public TPart? As<TPart>() where TPart : ContentPart => Get<TPart>(typeof(TPart).Name);

    public TPart GetOrCreate<TPart>() where TPart : ContentPart, new() => As<TPart>() ?? new TPart();

    /// <summary>Writes a part back, keeping any properties of the stored JSON the class does not know.</summary>
    public ContentItem Apply(string partName, ContentPart part)
    {
        var json = ContentJson.FromObject(part);
        var target = GetOrCreatePartJson(partName);
        foreach (var (name, value) in json)
        {
            target[name] = value?.DeepClone();
        }

        return this;
    }

    public ContentItem Apply<TPart>(TPart part) where TPart : ContentPart => Apply(typeof(TPart).Name, part);

    public ContentItem Alter<TPart>(Action<TPart> alter) where TPart : ContentPart, new()
    {
        var part = GetOrCreate<TPart>();
        alter(part);
        return Apply(part);
    }

    public TField? GetField<TField>(string partName, string fieldName) where TField : ContentField =>
        GetPartJson(partName)?[fieldName] is JsonObject json ? json.Deserialize<TField>(ContentJson.Options) : null;

    public ContentItem ApplyField(string partName, string fieldName, ContentField field)
    {
        var part = GetOrCreatePartJson(partName);
        var json = ContentJson.FromObject(field);
        if (part[fieldName] is JsonObject existing)
        {
            foreach (var (name, value) in json)
            {
                existing[name] = value?.DeepClone();
            }
        }
        else
        {
            part[fieldName] = json;
        }

        return this;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject(ContentJson.NodeOptions)
        {
            [nameof(ContentItemId)] = ContentItemId,
            [nameof(ContentItemVersionId)] = ContentItemVersionId,
            [nameof(ContentType)] = ContentType,
            [nameof(DisplayText)] = DisplayText,
            [nameof(Latest)] = Latest,
            [nameof(Published)] = Published,
            [nameof(ModifiedUtc)] = ModifiedUtc,
            [nameof(PublishedUtc)] = PublishedUtc,
            [nameof(CreatedUtc)] = CreatedUtc,
            [nameof(Owner)] = Owner,
            [nameof(Author)] = Author,
        };
        foreach (var (name, value) in Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    public string ToJsonString() => ToJson().ToJsonString(ContentJson.Options);

    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem();
        foreach (var (name, value) in json)
        {
            switch (name.ToLowerInvariant())
            {
                case "contentitemid": item.ContentItemId = ReadString(value) ?? ""; break;
                case "contentitemversionid": item.ContentItemVersionId = ReadString(value) ?? ""; break;
                case "contenttype": item.ContentType = ReadString(value) ?? ""; break;
                case "displaytext": item.DisplayText = ReadString(value); break;
                case "latest": item.Latest = ReadBool(value); break;
                case "published": item.Published = ReadBool(value); break;
                case "modifiedutc": item.ModifiedUtc = ReadDate(value); break;
                case "publishedutc": item.PublishedUtc = ReadDate(value); break;
                case "createdutc": item.CreatedUtc = ReadDate(value); break;
                case "owner": item.Owner = ReadString(value); break;
                case "author": item.Author = ReadString(value); break;
                default: item.Content[name] = value?.DeepClone(); break;
            }
        }

        return item;
    }

    public static ContentItem FromJson(string json) => FromJson(ContentJson.ParseObject(json));

    /// <summary>A copy of this version, same ids; the caller gives it a new version id when it becomes one.</summary>
    public ContentItem Clone()
    {
        var copy = FromJson(ToJson());
        copy.VersionStamp = VersionStamp;
        return copy;
    }

    private static string? ReadString(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString();

    // Hand-written recipes sometimes quote booleans ("Latest": "true").
    private static bool ReadBool(JsonNode? value) =>
        value is JsonValue v && (v.TryGetValue<bool>(out var b) ? b : v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) && parsed);

    private static DateTime? ReadDate(JsonNode? value)
    {
        if (value is not JsonValue v)
        {
            return null;
        }

        if (v.TryGetValue<DateTime>(out var date))
        {
            return date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime();
        }

        return v.TryGetValue<string>(out var s) && DateTime.TryParse(s, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }
}

public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    public override ContentItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNode.Parse(ref reader, ContentJson.NodeOptions) is JsonObject json ? ContentItem.FromJson(json) : null;

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options) =>
        value.ToJson().WriteTo(writer, options);
}

using System.Text.Json.Nodes;

namespace DurhamCms.ContentManagement;

/// <summary>
/// Orchard's merge of an imported version into the stored one (Json.NET's Merge with arrays
/// replaced): objects merge property by property, arrays and values replace, and a null in the
/// import leaves the stored value alone.
/// </summary>
internal static class ContentJsonMerge
{
    /// <summary>Makes <paramref name="importing"/> the stored version with the import laid over it.</summary>
    public static void MergeInto(ContentItem importing, ContentItem stored)
    {
        var merged = stored.ToJson();
        Merge(merged, importing.ToJson());
        var result = ContentItem.FromJson(merged);

        // Latest and Published are what the import says, as Orchard sets them after its merge.
        importing.DisplayText = result.DisplayText;
        importing.ModifiedUtc = result.ModifiedUtc;
        importing.PublishedUtc = result.PublishedUtc;
        importing.CreatedUtc = result.CreatedUtc;
        importing.Owner = result.Owner;
        importing.Author = result.Author;
        importing.ContentType = result.ContentType;
        importing.Content.Clear();
        foreach (var (name, value) in result.Content)
        {
            importing.Content[name] = value?.DeepClone();
        }
    }

    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            var key = target.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Key ?? name;
            switch (value)
            {
                case null:
                    break;
                case JsonObject obj when target[key] is JsonObject existing:
                    Merge(existing, obj);
                    break;
                default:
                    target[key] = value.DeepClone();
                    break;
            }
        }
    }
}

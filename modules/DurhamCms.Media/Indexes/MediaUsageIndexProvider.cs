using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;
using DurhamCms.Media.Services;

namespace DurhamCms.Media.Indexes;

/// <summary>
/// Every library path a version uses: the <c>Paths</c> of any MediaField (an object with a
/// <c>Paths</c> array), and every <c>src</c>/<c>href</c> to /media/ in its text (rich text, Markdown).
/// The whole document is walked, so a field added to any type is found without configuration.
/// </summary>
public sealed partial class MediaUsageIndexProvider : ContentIndexProvider<MediaUsageIndex>
{
    private const int MaxDepth = 32;

    public override IEnumerable<MediaUsageIndex> Map(ContentItem item)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, node) in item.Content)
        {
            Walk(node, paths, 0);
        }

        return paths.Select(p => new MediaUsageIndex { ContentItemId = item.ContentItemId, Path = p, Latest = item.Latest, Published = item.Published });
    }

    private static void Walk(JsonNode? node, HashSet<string> paths, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (obj["Paths"] is JsonArray fieldPaths)
                {
                    foreach (var p in fieldPaths)
                    {
                        Add(p is JsonValue v && v.TryGetValue<string>(out var s) ? s : null, paths);
                    }
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, paths, depth + 1);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, paths, depth + 1);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("/media/", StringComparison.OrdinalIgnoreCase):
                foreach (Match m in MediaLink().Matches(text))
                {
                    Add(Uri.UnescapeDataString(m.Groups[1].Value), paths);
                }

                break;
        }
    }

    private static void Add(string? path, HashSet<string> paths)
    {
        if (MediaPaths.TryNormalizePath(path, out var normalized, out _))
        {
            paths.Add(normalized);
        }
    }

    [GeneratedRegex("""(?:src|href|srcset)\s*=\s*["'](?:https?://[^/"']+)?/media/([^"'?# ]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MediaLink();
}

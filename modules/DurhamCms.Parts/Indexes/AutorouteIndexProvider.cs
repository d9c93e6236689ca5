using DurhamCms.ContentManagement;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Services;

namespace DurhamCms.Parts.Indexes;

public sealed class AutorouteIndexProvider : ContentIndexProvider<AutorouteIndex>
{
    public override IEnumerable<AutorouteIndex> Map(ContentItem item)
    {
        var part = item.As<AutoroutePart>();
        var path = AutoroutePaths.Normalize(part?.Path);
        if (part is null || part.Disabled || path.Length == 0)
        {
            return [];
        }

        return [new AutorouteIndex { Path = path, NormalizedPath = path.ToLowerInvariant(), ContentItemVersionId = item.ContentItemVersionId }];
    }
}

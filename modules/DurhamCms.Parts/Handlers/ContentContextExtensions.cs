using DurhamCms.ContentManagement.Handlers;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Parts.Handlers;

internal static class ContentContextExtensions
{
    /// <summary>The type's use of a part (by part name, e.g. "TitlePart"), or null when the type has none.</summary>
    public static ContentTypePartDefinition? FindPart(this ContentContext context, string partName) =>
        context.Definition?.Parts.FirstOrDefault(p => string.Equals(p.PartName, partName, StringComparison.OrdinalIgnoreCase));
}

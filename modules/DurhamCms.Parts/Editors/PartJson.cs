using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;

namespace DurhamCms.Parts.Editors;

internal static class PartJson
{
    /// <summary>The edited part as its class; stored JSON of the wrong shape reads as empty (validation names it on save).</summary>
    public static TPart Read<TPart>(EditorContext context) where TPart : ContentPart, new()
    {
        try
        {
            return context.Item.Get<TPart>(context.Part.Name) ?? new TPart();
        }
        catch (JsonException)
        {
            return new TPart();
        }
        catch (InvalidOperationException)
        {
            return new TPart();
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Handlers;

namespace DurhamCms.ContentFields.Handlers;

/// <summary>
/// Reads DateField and DateTimeField values in the forms Orchard's date converter accepts
/// (<c>DateTime.TryParse</c>: "2024-5-5 22:50:58", "2024-05-05", …) and stores them in the one
/// ISO 8601 form every reader here expects. Only imports are loosened: the editor posts ISO.
/// A value that no form reads is left for validation to refuse, naming the field.
/// </summary>
public sealed class DateFieldImportHandler : ContentHandlerBase
{
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public override Task ImportingAsync(ContentContext context)
    {
        foreach (var part in context.Definition?.Parts ?? [])
        {
            foreach (var field in part.PartDefinition.Fields.Where(f => f.FieldName is nameof(DateField) or nameof(DateTimeField)))
            {
                if (context.ContentItem.GetPartJson(part.Name)?[field.Name] is JsonObject json
                    && json[nameof(DateField.Value)] is JsonValue value
                    && Normalize(value, dateOnly: field.FieldName == nameof(DateField)) is { } iso)
                {
                    json[nameof(DateField.Value)] = iso;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The ISO form of a value System.Text.Json would refuse but Orchard reads; null when it needs none or none fits.</summary>
    public static string? Normalize(JsonValue value, bool dateOnly)
    {
        if (!value.TryGetValue<string>(out var text) || value.TryGetValue<DateTime>(out _)
            || !DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, Utc, out var parsed))
        {
            return null;
        }

        return dateOnly
            ? parsed.Date.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture)
            : parsed.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}

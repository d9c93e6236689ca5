using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;

namespace DurhamCms.ContentFields.Validation;

/// <summary>
/// How long each field's text may be: the editor's caps (<see cref="EditorLimits"/>), held for every
/// save, API write and recipe import by <see cref="Handlers.ContentFieldValidationHandler"/>, with
/// the editor's words, so a 100 MB value in a recipe is refused as the same value typed in the form.
/// </summary>
public static class FieldTextLimits
{
    /// <summary>A link's address: far beyond any real URL, within what browsers and proxies accept.</summary>
    public const int MaxUrlLength = 2_048;

    /// <summary>The caps of the field's text properties, each with the label its message starts with.</summary>
    public static IReadOnlyList<FieldTextLimit> For(ContentPartFieldDefinition field) => field.FieldName switch
    {
        nameof(TextField) => [new(nameof(TextField.Text), TextMaxLength(field), field.DisplayName)],
        nameof(HtmlField) => [new(nameof(HtmlField.Html), EditorLimits.RichText, field.DisplayName)],
        nameof(MarkdownField) => [new(nameof(MarkdownField.Markdown), EditorLimits.RichText, field.DisplayName)],
        nameof(LinkField) =>
        [
            new(nameof(LinkField.Url), MaxUrlLength, $"The address of {field.DisplayName}"),
            new(nameof(LinkField.Text), EditorLimits.SingleLine, $"The text of {field.DisplayName}"),
        ],
        nameof(MultiTextField) => [new(nameof(MultiTextField.Values), EditorLimits.SingleLine, field.DisplayName)],
        _ => [],
    };

    /// <summary>A text field edited in a text area holds several lines; in a box or a list, one.</summary>
    public static int TextMaxLength(ContentPartFieldDefinition field) =>
        string.Equals(field.GetSettings<ContentPartFieldSettings>().Editor, Editors.TextFieldEditor.TextAreaEditor, StringComparison.OrdinalIgnoreCase)
            ? EditorLimits.MultiLine
            : EditorLimits.SingleLine;

    /// <summary>Refuses each text of the field over its cap; true when all fit.</summary>
    public static bool Check(FieldValidationContext context)
    {
        var fits = true;
        foreach (var limit in For(context.Field))
        {
            if (limit.LongestIn(context.Json) is { } length && length > limit.MaxLength)
            {
                context.FailAt(context.Member, EditorLimits.TooLong(limit.Label, length, limit.MaxLength));
                fits = false;
            }
        }

        return fits;
    }
}

/// <summary>One text property of a field (a list's every value) and its cap.</summary>
public sealed record FieldTextLimit(string Property, int MaxLength, string Label)
{
    /// <summary>The length of the property's text, or of its longest value in a list; null when there is no text.</summary>
    public int? LongestIn(JsonObject? field)
    {
        // Recipes and the API may write property names in any case, as Orchard reads them.
        var value = field?.FirstOrDefault(p => string.Equals(p.Key, Property, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            JsonValue text when text.TryGetValue<string>(out var s) => s.Length,
            JsonArray list => list.Select(v => v is JsonValue item && item.TryGetValue<string>(out var s) ? s.Length : 0).DefaultIfEmpty(0).Max(),
            _ => null,
        };
    }
}

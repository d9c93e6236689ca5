using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Time;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Editors;

/// <summary>
/// One part, or one field of a part, of the item being edited. Form names are
/// "{Part}.{Field}.{Property}" ("Initiative.Status.Text"), the members validation errors are
/// filed under ("Initiative.Status") followed by the property.
/// </summary>
public sealed class EditorContext(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition part, ContentPartFieldDefinition? field)
{
    /// <summary>The name of the submit button an editor uses for its own no-JavaScript actions (move a row, preview); its value starts with the member.</summary>
    public const string ActionName = "editorAction";

    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;
    public ContentTypePartDefinition Part { get; } = part;
    public ContentPartFieldDefinition? Field { get; } = field;

    /// <summary>
    /// The site's zone, read once by whoever creates the contexts: editors are synchronous, and a
    /// time a person reads or types (a DateTimeField) is on the site's wall clock, stored in UTC.
    /// </summary>
    public required SiteTimeZone TimeZone { get; init; }

    /// <summary>The posted form when a page is shown again after a POST: editors show what was typed, not what is stored.</summary>
    public IFormCollection? Form { get; init; }

    /// <summary>The errors filed under this member (or under a finer one, such as a row of a series).</summary>
    public IReadOnlyList<ContentValidationError> Errors { get; init; } = [];

    /// <summary>"Initiative.Status" for a field, "TitlePart" for a part.</summary>
    public string Member => Field is null ? Part.Name : $"{Part.Name}.{Field.Name}";

    public string Label => Field?.DisplayName ?? Part.DisplayName;

    public string NameFor(string property) => $"{Member}.{property}";

    /// <summary>An HTML id for the input of a property: letters, digits, '-' and '_' only.</summary>
    public string IdFor(string property) => ToId(NameFor(property));

    /// <summary>What was posted for a property, or null when the page is not a re-display of a POST.</summary>
    public string? Posted(string property) => Form is { } form && form.TryGetValue(NameFor(property), out var value) ? value.ToString() : null;

    /// <summary>The editor action this request asks of this member ("move:2:up"), if any.</summary>
    public string? RequestedAction
    {
        get
        {
            var action = Form?[ActionName].ToString();
            var prefix = Member + ":";
            return action is not null && action.StartsWith(prefix, StringComparison.Ordinal) ? action[prefix.Length..] : null;
        }
    }

    public static string ToId(string name) =>
        string.Create(name.Length, name, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_';
            }
        });
}

using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using DurhamCms.Time;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Runs the editors a type's definition calls for, part by part in the definition's order: a
/// part's own editor (TitlePart...), then an editor per field of the part. Builds the form,
/// and binds a posted form back into the item's JSON.
/// </summary>
public sealed class ContentEditorPipeline(IEnumerable<IContentFieldEditor> fieldEditors, IEnumerable<IContentPartEditor> partEditors, ILocalClock clock)
{
    private readonly Dictionary<string, IContentFieldEditor> _fields = fieldEditors.ToDictionary(e => e.FieldType, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IContentPartEditor> _parts = partEditors.ToDictionary(e => e.PartName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sections of the form; each editor gets the errors filed under its member.</summary>
    public async Task<IReadOnlyList<EditorSection>> BuildAsync(ContentItem item, ContentTypeDefinition type, IFormCollection? form, IReadOnlyList<ContentValidationError> errors)
    {
        var zone = await clock.GetTimeZoneAsync();
        var sections = new List<EditorSection>();
        foreach (var part in type.Parts)
        {
            var shapes = new List<EditorShape>();
            if (_parts.TryGetValue(part.PartName, out var partEditor)
                && partEditor.Build(Context(item, type, part, null, form, errors, zone)) is { } partShape)
            {
                shapes.Add(partShape);
            }

            foreach (var field in part.PartDefinition.Fields)
            {
                if (_fields.TryGetValue(field.FieldName, out var fieldEditor))
                {
                    shapes.Add(fieldEditor.Build(Context(item, type, part, field, form, errors, zone)));
                }
            }

            if (shapes.Count > 0)
            {
                // The type's own part (named after the type) needs no heading of its own.
                var heading = string.Equals(part.Name, type.Name, StringComparison.OrdinalIgnoreCase) || partEditor is not null && part.PartDefinition.Fields.Count == 0
                    ? null
                    : part.DisplayName;
                sections.Add(new EditorSection(part.Name, heading, shapes));
            }
        }

        return sections;
    }

    /// <summary>Writes the posted values into the item; what the JSON cannot hold is reported, filed by member.</summary>
    public async Task<ContentValidationResult> BindAsync(ContentItem item, ContentTypeDefinition type, IFormCollection form)
    {
        var zone = await clock.GetTimeZoneAsync();
        var result = new ContentValidationResult();
        foreach (var part in type.Parts)
        {
            if (_parts.TryGetValue(part.PartName, out var partEditor))
            {
                partEditor.Update(Context(item, type, part, null, form, [], zone), form, result);
            }

            foreach (var field in part.PartDefinition.Fields)
            {
                if (_fields.TryGetValue(field.FieldName, out var fieldEditor))
                {
                    fieldEditor.Update(Context(item, type, part, field, form, [], zone), form, result);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Errors for the summary at the top, each linked to the input it is about: an editor's, or a
    /// panel's input named in a veto (<paramref name="panelInputs"/>); to nothing when none shows it.
    /// </summary>
    public static IReadOnlyList<EditorSummaryLine> Summarize(IReadOnlyList<ContentValidationError> errors, IReadOnlyList<EditorSection> sections, IReadOnlySet<string>? panelInputs = null)
    {
        var shapes = sections.SelectMany(s => s.Shapes).ToList();
        return errors
            .Select(e => new EditorSummaryLine(e.Message, shapes.FirstOrDefault(s => Owns(s.Model.Context.Member, e.Member))?.FocusId ?? (panelInputs?.Contains(e.Member) == true ? e.Member : null)))
            .DistinctBy(l => l.Message)
            .ToList();
    }

    private EditorContext Context(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition part, ContentPartFieldDefinition? field, IFormCollection? form, IReadOnlyList<ContentValidationError> errors, SiteTimeZone zone)
    {
        var member = field is null ? part.Name : $"{part.Name}.{field.Name}";
        return new EditorContext(item, type, part, field)
        {
            TimeZone = zone,
            Form = form,
            Errors = errors.Where(e => Owns(member, e.Member)).ToList(),
        };
    }

    /// <summary>"KeyMeasure.Series" owns "KeyMeasure.Series" and "KeyMeasure.Series.Points[2]"; "TitlePart" owns "TitlePart.Title".</summary>
    private static bool Owns(string member, string errorMember) =>
        string.Equals(member, errorMember, StringComparison.OrdinalIgnoreCase)
        || errorMember.StartsWith(member + ".", StringComparison.OrdinalIgnoreCase)
        || errorMember.StartsWith(member + "[", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One part's editors, under the part's name unless it is the type's own part.</summary>
public sealed record EditorSection(string PartName, string? Heading, IReadOnlyList<EditorShape> Shapes);

/// <summary>A line of the error summary; <see cref="FocusId"/> is the input it links to.</summary>
public sealed record EditorSummaryLine(string Message, string? FocusId);

using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Validation;

/// <summary>
/// One field of one item being validated. Messages start with the field's display name and
/// are filed under "Part.Field", so an editor sees what is wrong and where.
/// </summary>
public sealed class FieldValidationContext(
    ContentItem contentItem,
    ContentTypePartDefinition part,
    ContentPartFieldDefinition field,
    ContentValidationResult result)
{
    public ContentItem ContentItem { get; } = contentItem;
    public ContentTypePartDefinition Part { get; } = part;
    public ContentPartFieldDefinition Field { get; } = field;

    /// <summary>"Initiative.Number": the part's name in the type, then the field's name.</summary>
    public string Member => $"{Part.Name}.{Field.Name}";

    public string DisplayName => Field.DisplayName;

    public JsonObject? Json => ContentItem.GetPartJson(Part.Name)?[Field.Name] as JsonObject;

    public TSettings Settings<TSettings>() where TSettings : class, new() => Field.GetSettings<TSettings>();

    /// <summary>Adds "{display name} {problem}", e.g. Fail("is required.") gives "Number is required.".</summary>
    public void Fail(string problem) => result.Fail(Member, $"{DisplayName} {problem}");

    public void FailRequired() => Fail("is required.");

    /// <summary>
    /// Adds a message filed under a finer member than the field, e.g. one row of a measure
    /// series ("KeyMeasure.Series.Points[2]"), so an editor can put it beside that row.
    /// </summary>
    public void FailAt(string member, string message) => result.Fail(member, message);

    /// <summary>
    /// The field as its class; an absent field reads as empty. A value of the wrong shape (a
    /// date that does not parse, text where a number belongs) is reported and gives false.
    /// </summary>
    public bool TryRead<TField>(string invalidProblem, out TField field) where TField : ContentField, new()
    {
        try
        {
            field = Json is { } json ? json.Deserialize<TField>(ContentJson.Options) ?? new TField() : new TField();
            return true;
        }
        catch (JsonException)
        {
            Fail(invalidProblem);
        }
        catch (InvalidOperationException)
        {
            // JsonNode throws this when a value's JSON kind does not fit (an object where text belongs).
            Fail(invalidProblem);
        }

        field = new TField();
        return false;
    }
}

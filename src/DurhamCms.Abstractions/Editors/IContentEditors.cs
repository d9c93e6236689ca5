using DurhamCms.ContentManagement;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Editors;

/// <summary>
/// The admin editor of one field type (Orchard's field display driver, kept plain): builds the
/// editor partial from the definition and the item's JSON, and binds the posted form back into
/// that JSON. Rules about the value belong to the field's validator, not here; an editor only
/// reports what the JSON cannot hold (a number that does not parse, text over the length cap).
/// </summary>
public interface IContentFieldEditor
{
    /// <summary>The field type edited: "TextField", "NumericField"...</summary>
    string FieldType { get; }

    EditorShape Build(EditorContext context);

    void Update(EditorContext context, IFormCollection form, ContentValidationResult result);
}

/// <summary>The admin editor of one part (TitlePart, AutoroutePart...); the part's own fields are edited by their field editors.</summary>
public interface IContentPartEditor
{
    /// <summary>The part's definition name: "TitlePart".</summary>
    string PartName { get; }

    /// <summary>Null when the part has nothing to edit for this type (a generated, hidden title).</summary>
    EditorShape? Build(EditorContext context);

    void Update(EditorContext context, IFormCollection form, ContentValidationResult result);
}

/// <summary>A partial to render (by its app-relative path) with its model; <see cref="FocusId"/> is where the error summary links.</summary>
public sealed record EditorShape(string ViewPath, EditorModel Model)
{
    public string FocusId => Model.FocusId;
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentManagement.Comparison;

/// <summary>
/// How one part's own properties read when two versions of an item are compared (a TitlePart's
/// title, an AutoroutePart's path). The module that owns the part knows its JSON shape and what
/// people call its properties; the diff lines up what this returns, so it never learns a part's
/// property names. Fields the type attaches to the part are read by their
/// <see cref="IContentFieldDiffer"/>, not by this.
/// </summary>
public interface IContentPartDiffer
{
    /// <summary>The part read: "TitlePart", "HtmlBodyPart"...</summary>
    string PartName { get; }

    /// <summary>What people call the part when the type's definition gives it no display name ("Body").</summary>
    string DisplayName { get; }

    /// <summary>
    /// The part's own properties in one version as labelled values; a value without a label reads
    /// as the part itself. <paramref name="part"/> is null when that version does not hold the
    /// part: read it as the part's empty value. <paramref name="definition"/> is null when the
    /// item's type is no longer defined.
    /// </summary>
    IReadOnlyList<ComparableValue> Read(JsonObject? part, ContentTypePartDefinition? definition);
}

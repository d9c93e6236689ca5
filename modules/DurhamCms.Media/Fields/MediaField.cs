using System.Text.Json.Serialization;
using DurhamCms.ContentManagement;

namespace DurhamCms.Media.Fields;

/// <summary>
/// Orchard's MediaField: <c>{"Paths": [...], "MediaTexts": [...], "Anchors": [{"X":0.5,"Y":0.5}]}</c>,
/// one alternative text per path. <c>Decorative</c> is ours (Orchard ignores it): true where an
/// image is decoration and its empty alternative text is meant, as WCAG 1.1.1 allows.
/// </summary>
public sealed class MediaField : ContentField
{
    public string[] Paths { get; set; } = [];

    public string[]? MediaTexts { get; set; }

    public MediaAnchor[]? Anchors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool[]? Decorative { get; set; }

    public string TextAt(int index) => MediaTexts is { } texts && index < texts.Length ? texts[index] ?? "" : "";

    public bool IsDecorative(int index) => Decorative is { } marks && index < marks.Length && marks[index];
}

/// <summary>Orchard's focal point of an image, 0–1 from the top left.</summary>
public sealed class MediaAnchor
{
    public float X { get; set; } = 0.5f;
    public float Y { get; set; } = 0.5f;
}

/// <summary>Orchard's MediaFieldSettings (the ones this site applies; the rest are kept as given).</summary>
public sealed class MediaFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public bool Multiple { get; set; } = true;
    public bool AllowMediaText { get; set; } = true;
    public bool AllowAnchors { get; set; }
    public string[] AllowedExtensions { get; set; } = [];
}

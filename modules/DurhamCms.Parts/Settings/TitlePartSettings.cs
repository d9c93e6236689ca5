using System.Text.Json.Serialization;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.Parts.Settings;

public sealed class TitlePartSettings
{
    [JsonConverter(typeof(OrchardEnumConverter<TitlePartOptions>))]
    public TitlePartOptions Options { get; set; }

    /// <summary>A Liquid pattern for generated titles, e.g. <c>{{ Model.ContentItem.Content.Initiative.Number.Text }}</c>.</summary>
    public string? Pattern { get; set; }
}

/// <summary>Orchard's values, stored as these numbers.</summary>
public enum TitlePartOptions
{
    Editable = 0,
    EditableRequired = 1,
    GeneratedDisabled = 2,
    GeneratedHidden = 3,
}

using System.Text.Json.Serialization;

namespace DurhamCms.ContentFields.Settings;

public sealed class MultiTextFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public MultiTextFieldValueOption[] Options { get; set; } = [];
}

/// <summary>One choice; Orchard writes these names in lower case.</summary>
public sealed class MultiTextFieldValueOption
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("value")]
    public string Value { get; set; } = "";

    [JsonPropertyName("default")]
    public bool Default { get; set; }
}

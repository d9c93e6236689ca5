using System.Text.Json.Serialization;

namespace DurhamCms.ContentFields.Settings;

/// <summary>A TextField edited as a fixed list of choices (editor "PredefinedList"): the text must be one of the values.</summary>
public sealed class TextFieldPredefinedListEditorSettings
{
    /// <summary>The editor name, in ContentPartFieldSettings.Editor, that turns these settings on.</summary>
    public const string EditorName = "PredefinedList";

    public ListValueOption[] Options { get; set; } = [];

    [JsonConverter(typeof(OrchardEnumConverter<EditorOption>))]
    public EditorOption Editor { get; set; }

    public string? DefaultValue { get; set; }
}

/// <summary>One choice; Orchard writes these two names in lower case.</summary>
public sealed class ListValueOption
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("value")]
    public string Value { get; set; } = "";
}

public enum EditorOption
{
    Radio = 0,
    Dropdown = 1,
}

using System.Text.Json.Serialization;

namespace DurhamCms.ContentFields.Settings;

public sealed class LinkFieldSettings
{
    public string? Hint { get; set; }
    public string? HintLinkText { get; set; }
    public bool Required { get; set; }

    [JsonConverter(typeof(OrchardEnumConverter<LinkTextMode>))]
    public LinkTextMode LinkTextMode { get; set; }

    public string? UrlPlaceholder { get; set; }
    public string? TextPlaceholder { get; set; }
    public string? DefaultUrl { get; set; }
    public string? DefaultText { get; set; }
    public string? DefaultTarget { get; set; }
}

/// <summary>Orchard's choices for a link's text.</summary>
public enum LinkTextMode
{
    Optional = 0,
    Required = 1,
    Static = 2,
    Url = 3,
}

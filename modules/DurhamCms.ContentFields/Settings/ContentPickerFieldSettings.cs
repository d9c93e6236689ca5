namespace DurhamCms.ContentFields.Settings;

public sealed class ContentPickerFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public bool Multiple { get; set; }
    public bool DisplayAllContentTypes { get; set; }

    /// <summary>The types an editor may pick; empty (or DisplayAllContentTypes) allows any.</summary>
    public string[] DisplayedContentTypes { get; set; } = [];

    public string[] DisplayedStereotypes { get; set; } = [];
    public string? Placeholder { get; set; }
}

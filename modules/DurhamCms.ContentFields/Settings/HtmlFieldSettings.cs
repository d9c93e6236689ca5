namespace DurhamCms.ContentFields.Settings;

public sealed class HtmlFieldSettings
{
    public string? Hint { get; set; }

    /// <summary>On by default, as in Orchard: editors paste from anywhere.</summary>
    public bool SanitizeHtml { get; set; } = true;
}

namespace DurhamCms.Parts.Settings;

public sealed class HtmlBodyPartSettings
{
    /// <summary>On by default, as in Orchard.</summary>
    public bool SanitizeHtml { get; set; } = true;
}

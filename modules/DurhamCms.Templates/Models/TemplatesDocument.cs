namespace DurhamCms.Templates.Models;

/// <summary>
/// Orchard's templates document, by shape name ("Content__LandingPage"). Two are kept, as in
/// Orchard: <see cref="SiteKey"/> (the Templates step) and <see cref="AdminKey"/> (AdminTemplates).
/// </summary>
public sealed class TemplatesDocument
{
    public const string SiteKey = "Templates";
    public const string AdminKey = "AdminTemplates";

    public Dictionary<string, TemplateEntry> Templates { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One template: its Liquid and what it is for.</summary>
public sealed class TemplateEntry
{
    public string Content { get; set; } = "";
    public string? Description { get; set; }
}

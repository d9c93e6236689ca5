namespace DurhamCms.Localization.Settings;

/// <summary>
/// Orchard's site cultures, the "LocalizationSettings" group of the Settings step:
/// {"DefaultCulture":"en-US","SupportedCultures":["en-US","es-US"]}.
/// </summary>
public sealed class LocalizationSettings
{
    public const string GroupName = "LocalizationSettings";

    /// <summary>The culture content is written in first; translations are made from it.</summary>
    public string? DefaultCulture { get; set; }

    public string[]? SupportedCultures { get; set; }
}

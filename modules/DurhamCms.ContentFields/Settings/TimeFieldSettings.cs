namespace DurhamCms.ContentFields.Settings;

/// <summary>Orchard's TimeFieldSettings; <c>Step</c> is the input's step in seconds, as Orchard passes it to the browser.</summary>
public sealed class TimeFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public string? Step { get; set; }
}

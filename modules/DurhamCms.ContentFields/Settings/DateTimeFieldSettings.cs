namespace DurhamCms.ContentFields.Settings;

public sealed class DateTimeFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
}

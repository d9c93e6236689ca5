namespace DurhamCms.ContentFields.Settings;

public sealed class DateFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
}

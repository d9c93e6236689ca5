namespace DurhamCms.ContentFields.Settings;

public sealed class BooleanFieldSettings
{
    public string? Hint { get; set; }
    public string? Label { get; set; }
    public bool DefaultValue { get; set; }
}

namespace DurhamCms.ContentFields.Settings;

/// <summary>Orchard's UserPickerFieldSettings. <c>DisplayAllUsers</c>/<c>DisplayedRoles</c> are kept as given; any user may be picked.</summary>
public sealed class UserPickerFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }
    public bool Multiple { get; set; }
    public bool DisplayAllUsers { get; set; } = true;
    public string[] DisplayedRoles { get; set; } = [];
}

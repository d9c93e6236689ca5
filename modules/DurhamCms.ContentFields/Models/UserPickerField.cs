using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's UserPickerField: <c>{"UserIds": [...], "UserNames": [...]}</c>; the ids are what counts, the names follow them.</summary>
public sealed class UserPickerField : ContentField
{
    public string[] UserIds { get; set; } = [];
    public string[] UserNames { get; set; } = [];
}

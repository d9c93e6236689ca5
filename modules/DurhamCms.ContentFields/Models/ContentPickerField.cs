using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's ContentPickerField: <c>{"ContentItemIds": ["..."]}</c>, in the order the editor chose.</summary>
public sealed class ContentPickerField : ContentField
{
    public string[] ContentItemIds { get; set; } = [];
}

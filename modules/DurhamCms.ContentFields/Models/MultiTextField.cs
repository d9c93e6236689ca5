using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's MultiTextField: <c>{"Values": ["..."]}</c>, each value one of the field's options.</summary>
public sealed class MultiTextField : ContentField
{
    public string[] Values { get; set; } = [];
}

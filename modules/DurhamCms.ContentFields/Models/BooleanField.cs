using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's BooleanField: <c>{"Value": true}</c>.</summary>
public sealed class BooleanField : ContentField
{
    public bool Value { get; set; }
}

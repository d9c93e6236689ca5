using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's DateField: <c>{"Value": "2024-01-31T00:00:00Z"}</c>; only the date part is meant.</summary>
public sealed class DateField : ContentField
{
    public DateTime? Value { get; set; }
}

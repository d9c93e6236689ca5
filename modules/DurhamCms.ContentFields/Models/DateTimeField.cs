using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's DateTimeField: <c>{"Value": "2024-01-31T14:30:00Z"}</c>, stored in UTC.</summary>
public sealed class DateTimeField : ContentField
{
    public DateTime? Value { get; set; }
}

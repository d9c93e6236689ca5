using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's TimeField: <c>{"Value": "14:30:00"}</c>, a time of day with no date or zone.</summary>
public sealed class TimeField : ContentField
{
    public TimeSpan? Value { get; set; }
}

using DurhamCms.ContentManagement;

namespace DurhamCms.ContentFields.Models;

/// <summary>Orchard's NumericField: <c>{"Value": 12.0}</c>; decimal so stored scale survives a round trip.</summary>
public sealed class NumericField : ContentField
{
    public decimal? Value { get; set; }
}

namespace DurhamCms.ContentFields.Settings;

public sealed class NumericFieldSettings
{
    public string? Hint { get; set; }
    public bool Required { get; set; }

    /// <summary>Decimal places allowed; 0 means whole numbers only.</summary>
    public int Scale { get; set; }

    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public string? Placeholder { get; set; }
    public string? DefaultValue { get; set; }
}

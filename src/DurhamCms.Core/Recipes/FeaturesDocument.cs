namespace DurhamCms.Recipes;

/// <summary>The "Features" document: the features recipes enabled, by id (ours or the Orchard ids modules stand in for).</summary>
public sealed class FeaturesDocument
{
    public const string DocumentKey = "Features";

    public List<string> Enabled { get; set; } = [];
}

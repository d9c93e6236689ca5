using DurhamCms.ContentManagement.Comparison;
using DurhamCms.Parts.Models;

namespace DurhamCms.Parts.Diff;

/// <summary>
/// The public path with its leading slash, as residents type it, and whether the item is the home
/// page or has no page of its own: the switches that change where residents find it.
/// </summary>
public sealed class AutoroutePartDiffer : ContentPartDiffer<AutoroutePart>
{
    public override string DisplayName => "Route";

    protected override IReadOnlyList<ComparableValue> Read(AutoroutePart part) =>
    [
        ComparableValue.Value(string.IsNullOrEmpty(part.Path) ? null : "/" + part.Path.TrimStart('/'), "Path"),
        ComparableValue.Value(YesNo(part.SetHomepage), "Home page"),
        ComparableValue.Value(YesNo(part.Disabled), "No page of its own"),
    ];

    private static string YesNo(bool value) => value ? "Yes" : "No";
}

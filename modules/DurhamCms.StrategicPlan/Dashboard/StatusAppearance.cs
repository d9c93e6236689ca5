namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>
/// How a status looks: a CSS class (its colour) and an icon shape. The text always goes with
/// them, so a status never rests on colour alone; statuses outside the default vocabulary get a
/// neutral look rather than none.
/// </summary>
public sealed record StatusAppearance(string CssClass, string IconPaths)
{
    private const string Ring = "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>";

    private static readonly StatusAppearance InProgress = new("status-in-progress", Ring + "<path d=\"M8 1.5a6.5 6.5 0 0 1 0 13z\" fill=\"currentColor\"/>");
    private static readonly StatusAppearance OnHold = new("status-on-hold", Ring + "<path d=\"M6 5v6M10 5v6\" stroke=\"currentColor\" stroke-width=\"2\"/>");
    private static readonly StatusAppearance Complete = new("status-complete", Ring + "<path d=\"M4.8 8.3l2.2 2.2 4.2-4.6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>");
    // A dashed ring with a dash: nothing reported yet, unlike any state of progress.
    private static readonly StatusAppearance NotYetReported = new("status-not-reported", "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2.5 2\"/><path d=\"M5 8h6\" stroke=\"currentColor\" stroke-width=\"2\"/>");
    private static readonly StatusAppearance Other = new("status-other", Ring + "<circle cx=\"8\" cy=\"8\" r=\"2\" fill=\"currentColor\"/>");

    public static StatusAppearance For(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "IN PROGRESS" => InProgress,
        "ON HOLD" => OnHold,
        "COMPLETE/ONGOING" or "COMPLETE" => Complete,
        "NOT YET REPORTED" => NotYetReported,
        _ => Other,
    };

    /// <summary>The icon as inline SVG, hidden from assistive technology: the status text carries the meaning.</summary>
    public string IconSvg => $"<svg class=\"status-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">{IconPaths}</svg>";
}

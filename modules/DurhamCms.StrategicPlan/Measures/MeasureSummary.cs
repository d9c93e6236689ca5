using static DurhamCms.StrategicPlan.Measures.MeasureText;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>
/// A measure in words, for people who do not read charts: one sentence before the chart ("32
/// attendees in December 2023, up from 19 in November 2023; the target is 20.") and the standing
/// line beside it (on or off target, the change, the period the data is as of). Every piece goes
/// through <see cref="ChartText"/>, so the PO files translate it.
/// </summary>
public static class MeasureSummary
{
    /// <summary>Every string asked for here, so a test can hold each one to a translation.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "{0} in {1}", ", up from {0} in {1}", ", down from {0} in {1}", ", the same as in {0}",
        "; the target is {0}.", "; the target is {0}, and lower is better.",
        "On target", "Off target", "No target", "Up {0} from {1}", "Down {0} from {1}", "No change from {0}", "Data as of {0}",
    ];

    /// <summary>The sentence before the chart; null for a series without data.</summary>
    public static string? Sentence(MeasureSeriesField series, ChartText words)
    {
        var standing = MeasureStanding.Of(series);
        if (standing.Latest is not { } latest)
        {
            return null;
        }

        var unit = string.IsNullOrWhiteSpace(series.Unit) ? "" : " " + series.Unit.Trim();
        var sentence = words["{0} in {1}", Number(latest.Value) + unit, words.Label(latest)];
        if (standing.Previous is { } previous)
        {
            sentence += standing.Change switch
            {
                > 0 => words[", up from {0} in {1}", Number(previous.Value), words.Label(previous)],
                < 0 => words[", down from {0} in {1}", Number(previous.Value), words.Label(previous)],
                _ => words[", the same as in {0}", words.Label(previous)],
            };
        }

        return sentence + (standing.Target is not { } target
            ? "."
            : standing.LowerIsBetter ? words["; the target is {0}, and lower is better.", Number(target)] : words["; the target is {0}.", Number(target)]);
    }

    /// <summary>"On target", "Off target" or "No target".</summary>
    public static string State(MeasureStanding standing, ChartText words) => words[standing.State switch
    {
        TargetState.OnTarget => "On target",
        TargetState.OffTarget => "Off target",
        _ => "No target",
    }];

    /// <summary>"Up 13 from November 2023"; null without a previous period.</summary>
    public static string? Change(MeasureStanding standing, ChartText words) =>
        standing is { Change: { } change, Previous: { } previous }
            ? change switch
            {
                > 0 => words["Up {0} from {1}", Number(change), words.Label(previous)],
                < 0 => words["Down {0} from {1}", Number(-change), words.Label(previous)],
                _ => words["No change from {0}", words.Label(previous)],
            }
            : null;

    /// <summary>"Data as of December 2023"; null without data.</summary>
    public static string? AsOf(MeasureStanding standing, ChartText words) =>
        standing.Latest is { } latest ? words["Data as of {0}", words.Label(latest)] : null;

    /// <summary>The icon of a state, hidden from assistive technology: the words beside it carry the meaning.</summary>
    public static string IconSvg(TargetState state) => state switch
    {
        // A ring with a tick.
        TargetState.OnTarget => Icon("target-on", "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/><path d=\"M4.8 8.3l2.2 2.2 4.2-4.6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>"),
        // A triangle with an exclamation mark: a different shape, not only a different colour.
        TargetState.OffTarget => Icon("target-off", "<path d=\"M8 1.5L15 14.5H1z\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/><path d=\"M8 6v4.2\" stroke=\"currentColor\" stroke-width=\"1.8\"/><circle cx=\"8\" cy=\"12.3\" r=\"1\" fill=\"currentColor\"/>"),
        // A dashed ring with a dash: nothing to measure against.
        _ => Icon("target-none", "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2.5 2\"/><path d=\"M5 8h6\" stroke=\"currentColor\" stroke-width=\"2\"/>"),
    };

    private static string Icon(string name, string paths) =>
        $"<svg class=\"target-icon {name}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">{paths}</svg>";
}

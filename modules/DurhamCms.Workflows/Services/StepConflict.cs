using DurhamCms.Data;

namespace DurhamCms.Workflows.Services;

/// <summary>
/// A step that lost a race with someone else's save, publish or step on the same item (see
/// <see cref="LostRace"/>), or that was posted for a state or text the item no longer has. The
/// person is shown the editor's conflict page with these words, never a 500.
/// </summary>
internal static class StepConflict
{
    public static bool IsLostRace(Exception exception) => LostRace.Is(exception);

    public static string Message(string? byWhom, string? stateLabel) =>
        $"Someone else{(string.IsNullOrEmpty(byWhom) ? "" : $" ({byWhom})")} acted on this item at the same moment"
        + (stateLabel is null ? "" : $"; it is now {stateLabel}")
        + ". Nothing of yours was lost: look at the item again, then take the step if it still applies.";
}

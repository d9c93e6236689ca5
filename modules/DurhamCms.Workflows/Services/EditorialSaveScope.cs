namespace DurhamCms.Workflows.Services;

/// <summary>
/// What the request that is saving content means to do next, for the content handler that
/// withdraws changed items from review. A reviewer who edits and approves in one press of the
/// editor approves what they saved; every other save of a reviewed item sends it back.
/// </summary>
internal sealed class EditorialSaveScope
{
    /// <summary>Set by the editor when the save is followed by a step the user may take from the item's current state.</summary>
    public bool StepFollows { get; set; }

    /// <summary>The version this request saved before its step, with its stamp before and after the save.</summary>
    public (string VersionId, long StampBefore, long StampAfter)? Saved { get; set; }
}

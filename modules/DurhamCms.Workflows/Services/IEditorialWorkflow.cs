using System.Security.Claims;
using DurhamCms.ContentManagement;

namespace DurhamCms.Workflows;

/// <summary>Where an item stands in review, for the editor, the content list and the dashboard.</summary>
public sealed record EditorialStatus(string State, string Label)
{
    /// <summary>When an approved item will be published (or a published one unpublished), if scheduled.</summary>
    public DateTime? ScheduledPublishUtc { get; init; }
    public DateTime? ScheduledUnpublishUtc { get; init; }
    public string? LastComment { get; init; }
    public string? LastCommentBy { get; init; }

    /// <summary>Who took the item's last step (or made the change that withdrew it).</summary>
    public string? ChangedBy { get; init; }

    /// <summary>The version a reviewer handed back with "Request changes", while the item is back in review with a newer one: what to compare it with.</summary>
    public string? ReviewedVersionId { get; init; }

    /// <summary>The label of the state a save sends the item back to (it is in review or approved); null when a save changes nothing.</summary>
    public string? SaveWithdrawsTo { get; init; }
}

/// <summary>A transition the current user may take from the item's current state.</summary>
public sealed record EditorialTransition(string Name, string Label, string ToState)
{
    public bool CommentRequired { get; init; }
    /// <summary>The transition takes an optional publish (or unpublish) time.</summary>
    public bool CanSchedule { get; init; }

    /// <summary>The transition leads into the definition's published state: the step a plain Publish goes through.</summary>
    public bool IsPublishing { get; init; }

    /// <summary>The transition leads into the approved state, which does not publish by itself.</summary>
    public bool IsApproving { get; init; }
}

/// <summary>What a transition request carries besides the item.</summary>
public sealed record TransitionRequest(string Transition)
{
    public string? Comment { get; init; }
    public DateTime? PublishAtUtc { get; init; }
    public DateTime? UnpublishAtUtc { get; init; }

    /// <summary>
    /// The stamp of the version the user looked at (the review queue card); when the latest
    /// version's differs, the step is refused: the reviewer would act on text they have not seen.
    /// </summary>
    public long? ExpectedVersionStamp { get; init; }

    /// <summary>
    /// The state the user saw the item in (the editor's and the queue card's form): when it has
    /// moved since, someone else acted first and the step is refused as a lost race.
    /// </summary>
    public string? ExpectedState { get; init; }
}

/// <summary>The outcome: refused with a message for the user, or done.</summary>
public sealed record TransitionResult(bool Succeeded, string? Error = null, EditorialStatus? Status = null)
{
    /// <summary>Refused because someone else acted on the item first: answered with the conflict page (409), not a notice.</summary>
    public bool LostRace { get; init; }

    public static TransitionResult Refused(string error) => new(false, error);

    public static TransitionResult Conflict(string error) => new(false, error) { LostRace = true };
}

/// <summary>
/// The editorial workflow. Types opt in; for other types every method answers as if there were
/// no workflow (status null, no transitions) and the editor offers plain Save and Publish under
/// the type's permissions. Contents never calls it: the module plugs it into the editor, the
/// list, the dashboard, the versions page, publishing and scheduling through their seams.
/// </summary>
public interface IEditorialWorkflow
{
    Task<bool> AppliesToAsync(string contentType);

    /// <summary>Null when the type does not use the workflow.</summary>
    Task<EditorialStatus?> GetStatusAsync(ContentItem item);

    /// <summary>Statuses of many items at once (content list, dashboard), by content item id.</summary>
    Task<IReadOnlyDictionary<string, EditorialStatus>> GetStatusesAsync(IEnumerable<string> contentItemIds);

    /// <summary>Ids of items in a state (e.g. "InReview"), newest change first.</summary>
    Task<IReadOnlyList<string>> ListInStateAsync(string state, int take = 100);

    /// <summary>The transitions this user may take now, checked against the permissions each needs.</summary>
    Task<IReadOnlyList<EditorialTransition>> GetTransitionsAsync(ContentItem item, ClaimsPrincipal user);

    /// <summary>
    /// Takes the transition on the item's latest version (which the caller has just saved):
    /// checks the permission again, records the comment, publishes or schedules as the target
    /// state says, notifies and audits, all in one transaction.
    /// </summary>
    Task<TransitionResult> ApplyAsync(ContentItem item, TransitionRequest request, ClaimsPrincipal user);
}

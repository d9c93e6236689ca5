using System.Security.Claims;
using DurhamCms.ContentManagement;

namespace DurhamCms.Publishing;

/// <summary>What came of a request to publish: done, or refused with a message for the user.</summary>
public sealed record PublishOutcome(bool Succeeded, string? Error = null)
{
    public static PublishOutcome Done { get; } = new(true);

    /// <summary>
    /// Refused because someone else acted on the item first (a lost race, or a step posted for a
    /// state the item has left): the caller answers with its conflict page (409), not a notice.
    /// </summary>
    public bool LostRace { get; init; }

    public static PublishOutcome Refused(string error) => new(false, error);

    public static PublishOutcome Conflict(string error) => new(false, error) { LostRace = true };
}

/// <summary>
/// How an item goes live when someone with the Publish permission asks for it (the editor's
/// Publish button, the publish endpoint, a publish-later time). The kernel's default publishes
/// at once; a review workflow replaces it so that its own types go live only through its steps.
/// Callers check the Publish permission first: the policy decides the path, not the right.
/// </summary>
public interface IContentPublishingPolicy
{
    /// <summary>
    /// True when the Publish permission alone publishes items of the type (the editor offers a
    /// plain Publish button and honours a publish-later time); false when they go live only
    /// through the steps of a workflow.
    /// </summary>
    Task<bool> PublishesDirectlyAsync(string contentType);

    /// <summary>Publishes the item's given version for the user, or says why not (nothing changes then).</summary>
    Task<PublishOutcome> PublishAsync(ContentItem item, ClaimsPrincipal user);
}

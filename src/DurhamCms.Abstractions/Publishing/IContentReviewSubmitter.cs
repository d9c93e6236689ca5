using System.Security.Claims;
using DurhamCms.ContentManagement;

namespace DurhamCms.Publishing;

/// <summary>
/// Sends an item's latest version for review, for modules that save drafts outside the content
/// editor (the plan's data entry). The Workflows module implements it with its submit step; with
/// no review workflow there is none, and the draft simply stays a draft.
/// </summary>
public interface IContentReviewSubmitter
{
    Task<PublishOutcome> SubmitAsync(ContentItem item, ClaimsPrincipal user, string? comment = null);
}

using DurhamCms.Security;
using DurhamCms.Workflows.Definitions;

namespace DurhamCms.Workflows;

/// <summary>
/// The workflow's permissions, site-wide and per content type in Orchard's naming:
/// SubmitForReviewOwn_{Type} (an Author's own drafts) is implied by SubmitForReview_{Type}, which
/// is implied by Review_{Type}; publishing reuses the content permission Publish_{Type}.
/// </summary>
public sealed class Permissions(WorkflowDefinitionStore definitions) : IPermissionProvider
{
    public static readonly Permission ReviewContent = new("ReviewContent", "Review, approve or send back any content", "Editorial workflow") { ImpliedBy = [StandardPermissions.SiteOwner] };
    public static readonly Permission SubmitForReviewContent = new("SubmitForReviewContent", "Submit any content for review", "Editorial workflow") { ImpliedBy = [ReviewContent] };

    public static Permission Review(string type) => new($"Review_{type}", $"Review, approve or send back {type} items", type) { ImpliedBy = [ReviewContent] };

    public static Permission SubmitForReview(string type) => new($"SubmitForReview_{type}", $"Submit any {type} item for review", type) { ImpliedBy = [Review(type), SubmitForReviewContent] };

    public static Permission SubmitForReviewOwn(string type) => new($"SubmitForReviewOwn_{type}", $"Submit own {type} items for review", type) { ImpliedBy = [SubmitForReview(type)] };

    public async Task<IEnumerable<Permission>> GetPermissionsAsync()
    {
        var definition = await definitions.GetAsync();
        return new[] { ReviewContent, SubmitForReviewContent }
            .Concat(definition.ContentTypes.SelectMany(t => new[] { Review(t), SubmitForReview(t), SubmitForReviewOwn(t) }));
    }

    /// <summary>
    /// The permission a definition names, with what implies it: the workflow's own, the content
    /// permissions of the type, or (a name a city made up) one that only its own holders hold.
    /// </summary>
    public static Permission Resolve(string template, string contentType)
    {
        var name = EditorialWorkflowDefinition.ForType(template, contentType);
        var known = new[] { ReviewContent, SubmitForReviewContent, Review(contentType), SubmitForReview(contentType), SubmitForReviewOwn(contentType) }
            .Concat(ContentPermissions.ForType(contentType))
            .Concat([ContentPermissions.PublishContent, ContentPermissions.EditContent, ContentPermissions.ViewDraft]);
        return known.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal)) ?? new Permission(name, name, contentType);
    }
}

namespace DurhamCms.Security;

/// <summary>
/// Orchard's content permissions: site-wide ones (EditContent...) and one set per content type
/// (Edit_Initiative, EditOwn_Initiative...). The "Own" forms hold only for items the user owns;
/// each type permission is implied by its site-wide one and the "Own" form by the full form.
/// </summary>
public static class ContentPermissions
{
    public static readonly Permission ViewContent = new("ViewContent", "View published content on the site", "Content");
    public static readonly Permission ListContent = new("ListContent", "List content items in the admin", "Content") { ImpliedBy = [StandardPermissions.SiteOwner] };
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish any content", "Content") { ImpliedBy = [StandardPermissions.SiteOwner] };
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", "Content") { ImpliedBy = [PublishContent] };
    public static readonly Permission EditContent = new("EditContent", "Edit any content", "Content") { ImpliedBy = [PublishContent] };
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", "Content") { ImpliedBy = [EditContent, PublishOwnContent] };
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete any content", "Content") { ImpliedBy = [StandardPermissions.SiteOwner] };
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", "Content") { ImpliedBy = [DeleteContent] };
    public static readonly Permission ViewDraft = new("ViewDraft", "Preview drafts of any content", "Content") { ImpliedBy = [EditContent] };
    public static readonly Permission ViewOwnDraft = new("ViewOwnDraft", "Preview drafts of own content", "Content") { ImpliedBy = [ViewDraft, EditOwnContent] };

    public static Permission Publish(string type) => new($"Publish_{type}", $"Publish or unpublish {type} items", type) { ImpliedBy = [PublishContent] };
    public static Permission PublishOwn(string type) => new($"PublishOwn_{type}", $"Publish or unpublish own {type} items", type) { ImpliedBy = [Publish(type), PublishOwnContent] };
    public static Permission Edit(string type) => new($"Edit_{type}", $"Edit any {type} item", type) { ImpliedBy = [Publish(type), EditContent] };
    public static Permission EditOwn(string type) => new($"EditOwn_{type}", $"Create and edit own {type} items", type) { ImpliedBy = [Edit(type), PublishOwn(type), EditOwnContent] };
    public static Permission Delete(string type) => new($"Delete_{type}", $"Delete any {type} item", type) { ImpliedBy = [DeleteContent] };
    public static Permission DeleteOwn(string type) => new($"DeleteOwn_{type}", $"Delete own {type} items", type) { ImpliedBy = [Delete(type), DeleteOwnContent] };
    public static Permission ViewDraftOf(string type) => new($"ViewDraft_{type}", $"Preview drafts of any {type} item", type) { ImpliedBy = [Edit(type), ViewDraft] };
    public static Permission ViewOwnDraftOf(string type) => new($"ViewOwnDraft_{type}", $"Preview drafts of own {type} items", type) { ImpliedBy = [ViewDraftOf(type), EditOwn(type), ViewOwnDraft] };

    /// <summary>Every permission of one content type, for the role editor and the recipe.</summary>
    public static IReadOnlyList<Permission> ForType(string type) =>
        [Publish(type), PublishOwn(type), Edit(type), EditOwn(type), Delete(type), DeleteOwn(type), ViewDraftOf(type), ViewOwnDraftOf(type)];

    /// <summary>
    /// The "Own" form of a type permission, for an item the user does not own: asking for
    /// EditOwn_X on someone else's item must be asked as Edit_X.
    /// </summary>
    public static Permission ForOthers(Permission ownPermission, string type) => ownPermission.Name switch
    {
        var n when n == $"PublishOwn_{type}" => Publish(type),
        var n when n == $"EditOwn_{type}" => Edit(type),
        var n when n == $"DeleteOwn_{type}" => Delete(type),
        var n when n == $"ViewOwnDraft_{type}" => ViewDraftOf(type),
        _ => ownPermission,
    };
}

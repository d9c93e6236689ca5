namespace DurhamCms.ContentManagement;

/// <summary>
/// Creates, versions, publishes and removes content items with Orchard's semantics: editing a
/// published, draftable item makes a new draft version while the published one stays live.
/// Every call that writes runs in one database transaction with the index rows it changes.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type, with ids and the parts its definition lists.</summary>
    Task<ContentItem> NewAsync(string contentType);

    /// <summary>Validates and stores a new item as a draft or published. Nothing is stored when invalid.</summary>
    Task<ContentValidationResult> CreateAsync(ContentItem item, VersionOptions options);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions? options = null);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId);

    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions? options = null);

    /// <summary>Items of a type (or all types), latest or published, ordered by creation.</summary>
    Task<IReadOnlyList<ContentItem>> ListAsync(string? contentType, VersionOptions? options = null);

    Task<ContentValidationResult> ValidateAsync(ContentItem item);

    /// <summary>
    /// Saves changes to this version. Refused with <see cref="ContentConflictException"/> if the
    /// stored version changed since it was read; refused with errors when invalid.
    /// </summary>
    Task<ContentValidationResult> UpdateAsync(ContentItem item);

    /// <summary>Makes this version the published one; the previously published version is kept in history.</summary>
    Task PublishAsync(ContentItem item);

    Task UnpublishAsync(ContentItem item);

    /// <summary>Takes the item off the site and out of the latest list; its versions remain as history.</summary>
    Task RemoveAsync(ContentItem item);

    /// <summary>Every stored version, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId);

    /// <summary>Copies an old version into a new latest version (a draft when the type is draftable).</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId);

    /// <summary>
    /// Copies the latest version into a new latest draft and leaves the copied version unchanged
    /// in the history, so a text someone reviewed stays as they saw it while the next edits go into
    /// the copy. Refused with <see cref="ContentConflictException"/> when the latest version changed since it was read.
    /// </summary>
    Task<ContentItem> NewDraftAsync(ContentItem latest);

    /// <summary>A new item (new ids) with the same parts, stored as a draft.</summary>
    Task<ContentItem> CloneAsync(ContentItem item);

    /// <summary>
    /// Stores an item as given by a recipe or another site: same ids; the import is merged into
    /// a known version (as Orchard merges), an unknown one becomes a new version; Latest/Published
    /// as the item says. An item without a ContentItemId throws, as in Orchard.
    /// </summary>
    Task<ContentValidationResult> ImportAsync(ContentItem item);
}

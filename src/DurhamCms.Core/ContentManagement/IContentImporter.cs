namespace DurhamCms.ContentManagement;

/// <summary>
/// The recipe's fast way in for items it has checked are new. A large recipe looks up a whole
/// batch of ids in one query instead of letting every item look itself up.
/// </summary>
internal interface IContentImporter
{
    /// <summary>
    /// <see cref="IContentManager.ImportAsync"/> for an item whose ContentItemId and
    /// ContentItemVersionId the caller found unstored (in this transaction): it is inserted
    /// without the lookups that merge into, demote or refuse a stored version.
    /// </summary>
    Task<ContentValidationResult> ImportUnstoredAsync(ContentItem item);
}

using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.AuditTrail.Handlers;

/// <summary>
/// Records the content manager's events in the audit trail, inside the transaction of the change.
/// Imports are recorded only when a request made them (an administrator importing through the
/// site): setup and the command line import whole recipes, which the audit trail would only echo.
/// </summary>
public sealed class ContentAuditHandler(IAuditTrail audit, IHttpContextAccessor http) : ContentHandlerBase
{
    // The version a restore copies, seen in Versioned just before Restored fires for the copy.
    private (string NewVersionId, string FromVersionId)? _lastVersioned;

    public override Task CreatedAsync(ContentContext context) => RecordAsync(ContentEvents.Created, context.ContentItem);

    public override Task UpdatedAsync(ContentContext context) => RecordAsync(ContentEvents.Saved, context.ContentItem);

    public override Task PublishedAsync(PublishContentContext context) => RecordAsync(ContentEvents.Published, context.ContentItem);

    public override Task UnpublishedAsync(PublishContentContext context) => RecordAsync(ContentEvents.Unpublished, context.ContentItem);

    public override Task RemovedAsync(ContentContext context) => RecordAsync(ContentEvents.Removed, context.ContentItem);

    public override Task ClonedAsync(ContentContext context) => RecordAsync(ContentEvents.Cloned, context.ContentItem);

    public override Task VersionedAsync(VersionContentContext context)
    {
        _lastVersioned = (context.ContentItem.ContentItemVersionId, context.ExistingContentItem.ContentItemVersionId);
        return Task.CompletedTask;
    }

    public override Task RestoredAsync(ContentContext context)
    {
        var item = context.ContentItem;
        var details = _lastVersioned is { } v && v.NewVersionId == item.ContentItemVersionId ? $"Restored from version {v.FromVersionId}." : null;
        _lastVersioned = null;
        return RecordAsync(ContentEvents.Restored, item, details);
    }

    public override Task ImportedAsync(ContentContext context) =>
        http.HttpContext is null ? Task.CompletedTask : RecordAsync(ContentEvents.Imported, context.ContentItem);

    private Task RecordAsync(string name, ContentItem item, string? details = null) =>
        audit.RecordAsync(new AuditEvent(AuditCategories.Content, name)
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Details = details,
        });
}

/// <summary>The names of content events in the audit trail.</summary>
public static class ContentEvents
{
    public const string Created = "Created";
    public const string Saved = "Saved";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Removed = "Removed";
    public const string Restored = "Restored";
    public const string Cloned = "Cloned";
    public const string Imported = "Imported";

    /// <summary>Events the workflow records (module Workflows), listed so the audit page can offer them before they happen.</summary>
    public static readonly IReadOnlyList<string> Known =
        [Created, Saved, "Submitted", "ChangesRequested", "Approved", "Scheduled", Published, Unpublished, "Archived", Restored, Removed, Cloned, Imported,
         "SignedIn", "SignedOut", "SignInFailed"];
}

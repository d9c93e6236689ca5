using DurhamCms.ContentManagement;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Models;

namespace DurhamCms.Workflows.Services;

/// <summary>
/// The approval recorded on an item's state row: which version (and which text of it, by its
/// stamp) a reviewer approved. Every way of publishing an approved item asks <see cref="Covers"/>
/// first, so what goes live is exactly what was approved.
/// </summary>
internal static class ApprovedVersion
{
    public static void Record(EditorialStateRecord record, ContentItem version)
    {
        record.ApprovedContentItemVersionId = version.ContentItemVersionId;
        record.ApprovedVersionStamp = version.VersionStamp;
    }

    public static void Clear(EditorialStateRecord record)
    {
        record.ApprovedContentItemVersionId = null;
        record.ApprovedVersionStamp = null;
    }

    /// <summary>
    /// True when publishing <paramref name="latest"/> publishes what was approved, or when nothing
    /// was approved. <paramref name="ownSave"/> is this request's own save just before its step (a
    /// publisher editing and publishing at once): the approval held on the text it saved over.
    /// </summary>
    public static bool Covers(EditorialWorkflowDefinition definition, EditorialStateRecord record, string from, ContentItem latest, EditorialSaveScope? ownSave = null)
    {
        if (record.ApprovedContentItemVersionId is not { } approved)
        {
            // Approvals of a state named other than "Approved" from before the pin was recorded:
            // the version of the approving step, as it was then.
            return from != definition.ApprovedState || record.ContentItemVersionId is not { } stepVersion || stepVersion == latest.ContentItemVersionId;
        }

        if (approved != latest.ContentItemVersionId)
        {
            return false;
        }

        return record.ApprovedVersionStamp is not { } stamp
            || stamp == latest.VersionStamp
            || (ownSave?.Saved is { } saved && saved.VersionId == latest.ContentItemVersionId && saved.StampAfter == latest.VersionStamp && saved.StampBefore == stamp);
    }
}

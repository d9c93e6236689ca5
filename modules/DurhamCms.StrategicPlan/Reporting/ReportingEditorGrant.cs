using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.Security;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// An item's reporting owner and reporters work on its drafts whoever created it: an Author who
/// reports a measure adds its month though an Editor wrote the measure. Read from the version
/// asked about (the latest, which the editor opens), so a reassignment takes effect at once.
/// </summary>
public sealed class ReportingEditorGrant : IContentEditorGrant
{
    public Task<bool> MayWorkOnAsync(ClaimsPrincipal user, ContentItem item) =>
        Task.FromResult(user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId
            && ReportingPart.AssigneeIds(item).Contains(userId, StringComparer.Ordinal));
}

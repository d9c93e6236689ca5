using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.History;
using DurhamCms.StrategicPlan.Models;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>
/// A status update or key measure is previewed on its initiative's page: the published initiative,
/// with this version in place of the published one (or added, when it was never published).
/// </summary>
public sealed class PlanPreviewContext(IContentManager contents, PreviewSubstitution substitution) : IContentPreviewContext
{
    public async Task<ContentItem?> PageShowingAsync(ContentItem version)
    {
        var initiativeField = version.ContentType switch
        {
            PlanContent.StatusUpdate.Type => PlanContent.StatusUpdate.Initiative,
            PlanContent.KeyMeasure.Type => PlanContent.KeyMeasure.Initiative,
            _ => null,
        };
        if (initiativeField is null || version.PickedId(initiativeField) is not { } initiativeId
            || await contents.GetAsync(initiativeId, VersionOptions.Published) is not { } initiative)
        {
            return null;
        }

        substitution.Item = version;
        return initiative;
    }
}

/// <summary>The one version a preview shows in place of the published one (scoped to the preview's request).</summary>
public sealed class PreviewSubstitution
{
    public ContentItem? Item { get; set; }
}

using DurhamCms.Parts.Services;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>
/// Published paths of many items at once, where asking IContentRouteResolver item by item would
/// cost one query per item.
/// </summary>
public sealed class PublishedRoutes(AutorouteLookup routes)
{
    public Task<IReadOnlyDictionary<string, string>> ForAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken ct) =>
        routes.GetPathsAsync(contentItemIds);
}

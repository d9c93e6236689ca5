using DurhamCms.ContentManagement.Handlers;

namespace DurhamCms.Diagnostics;

/// <summary>Counts publishes on <see cref="DurhamCmsMetrics.Publishes"/>.</summary>
internal sealed class PublishMetricsHandler : ContentHandlerBase
{
    public override Task PublishedAsync(PublishContentContext context)
    {
        DurhamCmsMetrics.Publishes.Add(1, new KeyValuePair<string, object?>("content_type", context.ContentItem.ContentType));
        return Task.CompletedTask;
    }
}

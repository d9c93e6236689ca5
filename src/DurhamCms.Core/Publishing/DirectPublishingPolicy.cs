using System.Security.Claims;
using DurhamCms.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Publishing;

/// <summary>
/// The site without a review workflow: a user who may publish publishes at once. Registered with
/// TryAdd, so a workflow module replaces it (and may hand the types it does not govern back to it).
/// </summary>
public sealed class DirectPublishingPolicy(IServiceProvider services) : IContentPublishingPolicy
{
    // Content handlers ask this policy (may a publish-later time publish this type?) and are built
    // by the content manager, so the content manager is resolved when publishing, not injected.
    private IContentManager Contents => services.GetRequiredService<IContentManager>();

    public Task<bool> PublishesDirectlyAsync(string contentType) => Task.FromResult(true);

    public async Task<PublishOutcome> PublishAsync(ContentItem item, ClaimsPrincipal user)
    {
        await Contents.PublishAsync(item);
        return PublishOutcome.Done;
    }
}

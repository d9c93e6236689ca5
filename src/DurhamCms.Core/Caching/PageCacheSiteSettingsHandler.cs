using System.Text.Json.Nodes;
using DurhamCms.Data;
using DurhamCms.Documents;

namespace DurhamCms.Caching;

/// <summary>
/// Evicts every cached page once a change to the site settings has committed: the time zone
/// (TimeZoneId) dates every public page, and the other groups (site name, home route) show on
/// them too, so no narrower tag is safe. Settings change rarely (a recipe, an admin save), so
/// emptying the cache then costs little. Through <see cref="PageCacheEviction"/>, so every node
/// (and a shared Redis store) drops its pages, not only the node that saved.
/// </summary>
internal sealed class PageCacheSiteSettingsHandler(IAfterCommit afterCommit, PageCacheEviction eviction) : ISiteSettingsHandler
{
    // The content handler's key: a recipe that changes settings and publishes items evicts the site tag once.
    public Task ChangedAsync(JsonObject before, JsonObject after) =>
        afterCommit.AfterCommitOnceAsync("page-cache:" + PageCacheTags.Site, () => eviction.EvictAsync([PageCacheTags.Site]));
}

using DurhamCms.ContentManagement.Handlers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DurhamCms.Caching;

public static class PageCacheServiceCollectionExtensions
{
    /// <summary>
    /// The kernel's page cache: ASP.NET Core's output cache with one <see cref="PageCachePolicy"/>
    /// per declared name, and eviction by tag after each content change, or change to the site
    /// settings, commits.
    /// </summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<PageCacheOptions>().BindConfiguration("DurhamCms:PageCache");
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<PageCacheOptions>>((output, pages) =>
        {
            foreach (var (name, policy) in pages.Value.Policies)
            {
                output.AddPolicy(name, new PageCachePolicy(policy.QueryKeys.ToList(), pages.Value.Expiration, pages.Value.Enabled));
            }
        });
        services.TryAddSingleton<PageCacheEviction>();
        services.AddHostedService<PageCacheBusSubscriber>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, PageCacheEvictionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<Documents.ISiteSettingsHandler, PageCacheSiteSettingsHandler>());
        return services;
    }

    /// <summary>
    /// Declares the page cache policy <paramref name="name"/> (an endpoint opts in with
    /// <c>.CacheOutput(name)</c> or <c>[OutputCache(PolicyName = name)]</c>) and query keys its pages
    /// read. Declaring a name again adds keys: a module whose view renders on another module's page
    /// adds the keys that view reads.
    /// </summary>
    public static IServiceCollection AddPageCachePolicy(this IServiceCollection services, string name, params string[] queryKeys)
    {
        services.Configure<PageCacheOptions>(o =>
        {
            if (!o.Policies.TryGetValue(name, out var policy))
            {
                o.Policies[name] = policy = new PageCachePolicyOptions();
            }

            policy.QueryKeys.UnionWith(queryKeys);
        });
        return services;
    }
}

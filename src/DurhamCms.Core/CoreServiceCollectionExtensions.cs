using DurhamCms.Cluster;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Data.Migrations;
using DurhamCms.Diagnostics;
using DurhamCms.Documents;
using DurhamCms.Hosting;
using DurhamCms.Metadata;
using DurhamCms.Modules;
using DurhamCms.Publishing;
using DurhamCms.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The kernel: database, documents, definitions, content manager, schema migrations. Users and sign-in are the Users module's.</summary>
    public static IServiceCollection AddDurhamCmsCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DurhamCmsOptions>().BindConfiguration(DurhamCmsOptions.Section);
        var options = configuration.GetSection(DurhamCmsOptions.Section).Get<DurhamCmsOptions>() ?? new DurhamCmsOptions();
        var dataPath = options.ResolveDataPath(contentRoot);
        var connectionString = DataServiceCollectionExtensions.ResolveConnectionString(options, dataPath);
        services.AddSingleton(new SitePaths(contentRoot, dataPath));

        // Keys for antiforgery and sign-in cookies live with the site, not in the user profile,
        // so they survive a redeploy. On PostgreSQL they live in the database, so that every node
        // accepts the cookies and forms another signed; a SQLite site (one node) keeps its folder.
        var dataProtection = services.AddDataProtection().SetApplicationName("DurhamCms");
        if (string.Equals(options.Database.Provider, DatabaseProviders.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            dataProtection.PersistKeysToDbContext<DurhamDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));
        }

        services.AddSingleton<SharedKeyRing>();
        services.AddClusterBus(options.Database.Provider, connectionString);

        services.AddSingleton<AfterCommitInterceptor>();
        services.AddDbContext<DurhamDbContext>((sp, b) => b
            .UseDurhamDatabase(options.Database.Provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<AfterCommitInterceptor>())
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, IndexAwareModelCacheKeyFactory>(),
            // Built once: building them per request cost as much as some of its queries.
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IAfterCommit>(sp => sp.GetRequiredService<DurhamDbContext>());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BackgroundStart>();
        // Published reads kept across anonymous requests; every change evicts them on every node.
        services.AddHttpContextAccessor();
        services.AddOptions<Caching.PublishedReadCacheOptions>().BindConfiguration("DurhamCms:PublishedReads");
        services.AddSingleton<Caching.PublishedReadCache>();
        services.AddSingleton<Caching.PublishedReadsEviction>();
        services.AddScoped<Caching.PublishedReads>();
        services.AddClusterSubscription<Caching.PublishedReadsEviction>(ClusterChannels.PublishedReads, (eviction, payload) => eviction.EvictHere(payload));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ContentManagement.Handlers.IContentHandler, Caching.PublishedReadsEvictionHandler>());
        services.AddScoped<DocumentStore>();
        services.AddScoped<IDocumentStore>(sp => sp.GetRequiredService<DocumentStore>());
        services.AddScoped<ISiteSettings, SiteSettings>();
        services.AddScoped<Time.ILocalClock, Time.LocalClock>();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<IContentDefinitionManager>(sp => sp.GetRequiredService<ContentDefinitionManager>());
        services.AddScoped<ContentStore>();
        services.AddScoped<IContentManager, DefaultContentManager>();
        // No workflow: Publish publishes. A workflow module replaces the policy for its types.
        services.AddScoped<DirectPublishingPolicy>();
        services.TryAddScoped<IContentPublishingPolicy>(sp => sp.GetRequiredService<DirectPublishingPolicy>());
        services.AddSchemaMigrations();

        // Nobody signs in without the Users module: modules asking about users hear "nobody".
        services.TryAddScoped<IUserDirectory, NoUserDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ContentManagement.Handlers.IContentHandler, PublishMetricsHandler>());
        return services;
    }
}

/// <summary>Where this site keeps its files.</summary>
public sealed record SitePaths(string ContentRoot, string DataPath);

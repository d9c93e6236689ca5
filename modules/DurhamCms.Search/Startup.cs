using DurhamCms.Admin;
using DurhamCms.Cluster;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Hosting;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Controllers;
using DurhamCms.Search.Handlers;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Models;
using DurhamCms.Search.Querying;
using DurhamCms.Search.Recipes;
using DurhamCms.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Search;

/// <summary>Resident search: the task log, this node's indexes and their indexer, the search page, its API, the admin page.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Search";

    public override string Name => "Search";

    public override string Description => "Resident search: the indexing task log, this node's Lucene indexes, the search page, its API and admin page.";

    public override IReadOnlyCollection<string> OrchardFeatures =>
        ["OrchardCore.Search", "OrchardCore.Search.Lucene", "OrchardCore.Lucene", "OrchardCore.Indexing", "OrchardCore.Search.Lucene.Worker"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.MaxQueryLength >= 1 && o.PageSize is >= 1 and <= 100 && o.BatchSize >= 1 && o.PollInterval > TimeSpan.Zero,
                "DurhamCms:Search: MaxQueryLength, PageSize (1-100), BatchSize must be positive and PollInterval above zero.")
            .ValidateOnStart();
        services.AddModuleEntity<IndexingTask, IndexingTaskConfiguration>();
        services.AddOptions<SearchPageText>();
        services.AddSingleton<SearchCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchCatalogProvider, ContentTypeFacet>());
        services.AddScoped<SearchDocumentComposer>();
        services.AddSingleton<LuceneIndexes>();
        services.AddSingleton<SearchNodeState>();
        services.AddSingleton<Diagnostics.IMetricGauge, IndexingLagGauge>();
        services.AddScoped<IReadinessCheck, SearchReadinessCheck>();
        services.AddSingleton<IndexingTaskLogPruner>();
        services.AddSingleton<ContentIndexer>();
        services.AddClusterWakeUp<ContentIndexer>(ClusterChannels.Search, i => i.Wake());
        services.AddHostedService<IndexingBackgroundService>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchWarmer>();
        services.AddScoped<IndexProfileStore>();
        services.AddScoped<IContentHandler, IndexingTaskContentHandler>();
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IRecipeStepHandler, IndexProfileStep>(),
            ServiceDescriptor.Scoped<IRecipeStepHandler, IndexLifecycleStep>(),
        ]);
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, SearchAdminMenu>());
        // Orchard's Lucene queries, for the Queries module when it is on (nothing else calls it).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Queries.IQuerySource, LuceneQuerySource>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchApi();
}

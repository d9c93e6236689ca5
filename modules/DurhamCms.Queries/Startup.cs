using DurhamCms.Admin;
using DurhamCms.Modules;
using DurhamCms.Queries.Controllers;
using DurhamCms.Queries.Endpoints;
using DurhamCms.Queries.Recipes;
using DurhamCms.Queries.Services;
using DurhamCms.Recipes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Queries;

/// <summary>Orchard's queries: stored by the Queries step, SQL ones run read-only, time- and row-limited, at /api/queries/{name}.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Queries";

    public override string Name => "Queries";

    public override string Description => "Orchard's queries: the Queries recipe step; stored SQL queries run read-only, time- and row-limited, through /api/queries/{name}.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Queries", "OrchardCore.Queries.Sql"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueriesOptions>().BindConfiguration(QueriesOptions.Section)
            .Validate(o => o.MaxRows is >= 1 and <= 100_000 && o.Timeout > TimeSpan.Zero, "DurhamCms:Queries: MaxRows must be 1-100000 and Timeout above zero.")
            .ValidateOnStart();
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, QueriesStep>());
        services.AddScoped<QueryStore>();
        services.AddScoped<SqlQueryRunner>();
        services.AddScoped<StoredQueryRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, QueriesAdminMenu>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapQueriesApi();
}

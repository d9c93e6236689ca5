using DurhamCms.Caching;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Contents.Admin.History;
using DurhamCms.Contents.Display;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents;

public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Contents";

    public override string Name => "Contents";

    public override string Description => "The admin list, editor, versions and diff of any content type, and the public display of routed items.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Settings", "OrchardCore.Recipes"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContentViewLocator>();
        services.AddPageCachePolicy(PageCachePolicies.ContentItem);
        services.AddContentHistory();
        services.AddContentAdminList();
        services.AddContentEditors();
        services.AddContentScheduling();
    }

    // Any path no module claims may be a routed content item.
    public override void MapFallbackEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapFallbackToController("DisplayByPath", "Item");
}

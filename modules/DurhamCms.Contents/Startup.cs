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

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Settings", "OrchardCore.Recipes"];

    // Runs last so that its catch-all route for content paths yields to every module's own routes.
    public override int Order => 1000;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContentViewLocator>();
        services.AddContentHistory();
        services.AddContentAdminList();
        services.AddContentEditors();
        services.AddContentScheduling();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapControllers();
        endpoints.MapFallbackToController("DisplayByPath", "Item");
    }
}

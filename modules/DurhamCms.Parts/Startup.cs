using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Display;
using DurhamCms.Modules;
using DurhamCms.Parts.Diff;
using DurhamCms.Parts.Editors;
using DurhamCms.Parts.Handlers;
using DurhamCms.Parts.Indexes;
using DurhamCms.Parts.Liquid;
using DurhamCms.Parts.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Parts;

/// <summary>Orchard's common parts: titles, routes, bodies, lists, scheduled publishing.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Parts";

    public override string Name => "Parts";

    public override string Description => "Orchard's common parts: titles, routes, bodies, lists, scheduled publishing.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.ContentFields"];

    public override IReadOnlyCollection<string> OrchardFeatures =>
    [
        "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Html", "OrchardCore.Markdown",
        "OrchardCore.Lists", "OrchardCore.PublishLater", "OrchardCore.Alias",
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiquidPatternRenderer>();
        services.AddScoped<AutoroutePathRegistry>();
        services.AddScoped<AutorouteLookup>();
        services.AddScoped<IContentRouteResolver>(sp => sp.GetRequiredService<AutorouteLookup>());
        services.AddContentIndex<AutorouteIndex, AutorouteIndexProvider, AutorouteIndexConfiguration>();

        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, HtmlBodyPartHandler>();

        services.AddPartEditors();
        services.AddPartDiffers();
    }
}

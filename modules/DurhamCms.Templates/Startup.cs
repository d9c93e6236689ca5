using DurhamCms.Admin;
using DurhamCms.Display;
using DurhamCms.Templates.Controllers;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Templates.Recipes;
using DurhamCms.Templates.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Templates;

/// <summary>Orchard's templates: Liquid from the Templates and AdminTemplates steps, replacing a type's detail view, its summaries in public lists and its admin content-list row.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Templates";

    public override string Name => "Templates";

    public override string Description => "Orchard's templates: Liquid templates from the Templates and AdminTemplates recipe steps; site templates replace a content type's detail view and its summaries in public lists; admin templates its row in the admin content list.";

    // For the content items as Liquid values Orchard's templates read (Model.ContentItem…).
    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.Parts"];

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Templates", "OrchardCore.AdminTemplates"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LiquidTemplateCache>();
        services.AddScoped<TemplateChanges>();
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, TemplatesAdminMenu>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, TemplatesStep>());
        services.AddScoped<IContentTemplateOverride, ContentTemplateOverride>();
    }
}

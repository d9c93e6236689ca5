using DurhamCms.Admin;
using DurhamCms.AdminMenu.Controllers;
using DurhamCms.AdminMenu.Recipes;
using DurhamCms.AdminMenu.Services;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.AdminMenu;

/// <summary>Orchard's admin menus: imported by the AdminMenu step, stored as a document, shown in the admin navigation.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.AdminMenu";

    public override string Name => "Admin menus";

    public override string Description => "Orchard's admin menus: the AdminMenu recipe step, stored as a document and shown in the admin navigation.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.AdminMenu"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, AdminMenuStep>());
        services.AddScoped<IAdminMenuSource, StoredAdminMenuSource>();
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, AdminMenusAdminMenu>());
    }
}

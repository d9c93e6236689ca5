using DurhamCms.Admin;
using DurhamCms.Modules;
using DurhamCms.Security;
using DurhamCms.Users.Admin;
using DurhamCms.Users.Passwords;
using DurhamCms.Users.Security;
using DurhamCms.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Users;

/// <summary>Sign-in and the user admin. Identity's stores and the permission handler are the kernel's.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Users";

    public override string Name => "Users";

    public override string Description => "Sign-in and the user admin: users, roles and their permissions.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Users", "OrchardCore.Roles"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissionProvider<Permissions>();
        services.AddSingleton<IAdminMenuProvider, UsersAdminMenu>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAuditRecorder>();
        services.AddScoped<DurhamCms.Recipes.IRecipeAdministratorProvider, RecipeAdministratorProvider>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<IPasswordValidator<CmsUser>, CommonPasswordValidator>();
    }
}

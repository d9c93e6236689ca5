using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Security;
using DurhamCms.Users.Admin;
using DurhamCms.Users.Data;
using DurhamCms.Users.Passwords;
using DurhamCms.Users.Security;
using DurhamCms.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Users;

/// <summary>
/// ASP.NET Core Identity and everything built on it: its tables in the site's database, sign-in
/// and its cookie, session checks, password rules, and the user admin. The kernel's permission
/// handler answers what a signed-in user may do; other modules see users through <see cref="IUserDirectory"/>.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Users";

    public override string Name => "Users";

    public override string Description => "Sign-in and the user admin: users, roles and their permissions.";

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Users", "OrchardCore.Roles"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        AddIdentityTables(services);
        services.AddIdentityCore<CmsUser>(o =>
            {
                o.Password.RequiredLength = 12;
                // No lockout on failures: anyone could lock the administrator out from outside.
                // The sign-in throttle slows guessing per address and name instead.
                o.Lockout.AllowedForNewUsers = false;
                // Emails are unique through UniqueEmailValidator, which (unlike this switch) lets a user have none.
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<CmsRole>()
            .AddEntityFrameworkStores<DurhamDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddUserValidator<UniqueEmailValidator>();
        services.AddSignInCookie();

        services.Replace(ServiceDescriptor.Scoped<IUserDirectory, IdentityUserDirectory>());
        services.AddScoped<ISetupAdministrator, SetupAdministrator>();
        services.AddScoped<IRoleRegistry, IdentityRoleRegistry>();

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

    /// <summary>The AspNet* tables of release 1 (made by the frozen Initial), mapped as IdentityDbContext mapped them.</summary>
    private static void AddIdentityTables(IServiceCollection services) => services
        .AddModuleEntity<CmsUser, CmsUserConfiguration>()
        .AddModuleEntity<CmsRole, CmsRoleConfiguration>()
        .AddModuleEntity<IdentityUserRole<string>, UserRoleConfiguration>()
        .AddModuleEntity<IdentityUserClaim<string>, UserClaimConfiguration>()
        .AddModuleEntity<IdentityUserLogin<string>, UserLoginConfiguration>()
        .AddModuleEntity<IdentityUserToken<string>, UserTokenConfiguration>()
        .AddModuleEntity<IdentityRoleClaim<string>, RoleClaimConfiguration>();
}

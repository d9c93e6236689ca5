using System.Reflection;
using DurhamCms.Caching;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Redis;
using DurhamCms.Security;
using DurhamCms.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DurhamCms.Hosting;

public static class DurhamCmsHostExtensions
{
    /// <summary>
    /// The kernel, recipes, MVC, and the modules found beside <paramref name="hostAssembly"/> (those
    /// <c>DurhamCms:Modules</c> names and what they depend on, or all), each after its dependencies.
    /// </summary>
    public static WebApplicationBuilder AddDurhamCms(this WebApplicationBuilder builder, Assembly hostAssembly)
    {
        AddSettingsBesideTheHost(builder);
        var available = ModuleCatalog.FindStartups(hostAssembly);
        var catalog = ModuleCatalog.Compose(available, ModuleCatalog.RequestedModules(builder.Configuration));
        builder.Services.AddSingleton(catalog);
        // Created owner-only before anything writes into it: the data-protection key ring starts
        // before setup does, and would otherwise create the folder with the default mode.
        var settings = builder.Configuration.GetSection(DurhamCmsOptions.Section).Get<DurhamCmsOptions>() ?? new DurhamCmsOptions();
        DataFolder.Create(settings.ResolveDataPath(builder.Environment.ContentRootPath));
        builder.Services.AddDurhamCmsCore(builder.Configuration, builder.Environment.ContentRootPath);
        var production = ProductionOptions.Read(builder.Configuration);
        builder.Services.AddSingleton(production);
        builder.Services.AddTransportSecurity(production);
        builder.Services.AddKeyRingProtection(production.DataProtection);
        builder.Services.AddDurhamRecipes();
        builder.Services.AddScoped<SiteSetup>();
        builder.Services.TryAddSingleton<SetupConsole>();
        // First of all hosted services: data protection's own loads the key ring at start, and on
        // PostgreSQL the ring is a table that setup creates (and fills, under the setup lock).
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SiteSetupHostedService>());
        builder.Services.AddProblemDetails();
        builder.Services.AddDurhamSecurity();
        builder.Services.AddPageCache();
        // After the page cache and the cluster bus: with a Redis configured, it wraps both.
        builder.Services.AddDurhamRedis(builder.Configuration);
        // Every unsafe request to a controller needs an antiforgery token, whatever its module remembered.
        // Views read their strings through IViewLocalizer: English as written unless a module (Localization) provides translations.
        var mvc = builder.Services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute())).AddViewLocalization();
        var running = catalog.Modules.Select(m => m.GetType().Assembly).Distinct().ToList();
        foreach (var assembly in running.Where(a => !mvc.PartManager.ApplicationParts.Any(p => p.Name == a.GetName().Name)))
        {
            mvc.AddApplicationPart(assembly);
        }

        // A module left out of this host must not answer requests through its controllers or views,
        // though MVC finds them among the host's references.
        var leftOut = available.Select(m => m.GetType().Assembly.GetName().Name).Except(running.Select(a => a.GetName().Name)).ToHashSet();
        foreach (var part in mvc.PartManager.ApplicationParts.Where(p => leftOut.Contains(p.Name)).ToList())
        {
            mvc.PartManager.ApplicationParts.Remove(part);
        }

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(builder.Services, builder.Configuration);
        }

        return builder;
    }

    /// <summary>
    /// Migrates, runs module data migrations, and on the first start runs setup; for commands
    /// that use the site without starting the host (a started host does this itself).
    /// </summary>
    public static async Task SetUpDurhamCmsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteSetup>().EnsureSetUpAsync();
    }

    public static WebApplication UseDurhamCms(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        app.UseTransportSecurity(app.Services.GetRequiredService<ProductionOptions>());
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        foreach (var module in catalog.Modules)
        {
            module.Configure(app);
        }

        app.MapHealthEndpoints();
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(app);
        }

        app.MapControllers();
        foreach (var module in catalog.Modules)
        {
            module.MapFallbackEndpoints(app);
        }

        return app;
    }

    /// <summary>
    /// The host's appsettings.json beside its assembly, when the content root (the folder the
    /// process started in) has none: a service manager's working directory, or the bench scripts.
    /// Without it such a host ran on defaults alone, logging every SQL command to the console.
    /// Put first, so the environment and the command line still override it.
    /// </summary>
    private static void AddSettingsBesideTheHost(WebApplicationBuilder builder)
    {
        const string file = "appsettings.json";
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, file)) || !File.Exists(Path.Combine(AppContext.BaseDirectory, file)))
        {
            return;
        }

        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            Path = file,
            Optional = true,
        });
    }
}

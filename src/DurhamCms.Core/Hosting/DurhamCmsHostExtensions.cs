using System.Reflection;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Security;
using DurhamCms.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DurhamCms.Hosting;

public static class DurhamCmsHostExtensions
{
    /// <summary>The kernel, recipes, MVC, and every module found beside <paramref name="hostAssembly"/>.</summary>
    public static WebApplicationBuilder AddDurhamCms(this WebApplicationBuilder builder, Assembly hostAssembly)
    {
        var catalog = ModuleCatalog.Discover(hostAssembly);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddDurhamCmsCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDurhamRecipes();
        builder.Services.AddScoped<SiteSetup>();
        builder.Services.AddHostedService<SiteSetupHostedService>();
        builder.Services.AddProblemDetails();
        builder.Services.AddDurhamSecurity();
        // Every unsafe request to a controller needs an antiforgery token, whatever its module remembered.
        var mvc = builder.Services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        foreach (var assembly in catalog.Modules.Select(m => m.GetType().Assembly).Distinct())
        {
            if (!mvc.PartManager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name))
            {
                mvc.AddApplicationPart(assembly);
            }
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
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        foreach (var module in catalog.Modules)
        {
            module.Configure(app);
        }

        app.MapGet("/health", async (SiteSetup setup, CancellationToken ct) =>
            await setup.IsSetUpAsync(ct) ? Results.Text("Healthy") : Results.Text("Not set up", statusCode: StatusCodes.Status503ServiceUnavailable));
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}

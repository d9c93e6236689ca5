using DurhamCms.ContentFields;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Parts;
using DurhamCms.Recipes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>
/// The kernel plus the ContentFields and Parts modules, on a SQLite file of its own.
/// TODO: swap for Infrastructure.TestSite once the lead's migrations include AutorouteIndex;
/// TestSite migrates (no EnsureCreated), so until then it has no table for these modules' index.
/// </summary>
public sealed class ModuleSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ModuleSite(ServiceProvider services, string dataPath)
    {
        _services = services;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    /// <param name="withRecipes">Adds the recipe executor, with these two modules as the site's features.</param>
    public static async Task<ModuleSite> StartAsync(bool withRecipes = false)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-module-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DurhamCms:DataPath"] = dataPath })
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDurhamCmsCore(configuration, dataPath);
        new ContentFieldsStartup().ConfigureServices(services, configuration);
        new PartsStartup().ConfigureServices(services, configuration);
        if (withRecipes)
        {
            services.AddDurhamRecipes();
            services.AddSingleton(new ModuleCatalog([new ContentFieldsStartup(), new PartsStartup()]));
        }

        // EF caches a context type's model once per process, but DurhamDbContext's model depends
        // on the modules registered: without this, whichever site in the test run builds first
        // (a kernel-only one, say) decides every later site's tables. See IndexAwareModelCacheKeyFactory.
        services.ConfigureDbContext<DurhamDbContext>(o => o.ReplaceService<IModelCacheKeyFactory, IndexAwareModelCacheKeyFactory>());

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var site = new ModuleSite(provider, dataPath);
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Database.EnsureCreatedAsync());
        return site;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return true;
    });

    public Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    public Task DefineTypeAsync(string name, Action<ContentTypeDefinitionBuilder> alter) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync(name, alter));

    public Task DefinePartAsync(string name, Action<ContentPartDefinitionBuilder> alter) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterPartDefinitionAsync(name, alter));

    /// <summary>Creates an item (published unless told otherwise) and returns the stored version.</summary>
    public Task<ContentItem> CreateAsync(string type, Action<ContentItem> fill, bool publish = true) => WithContentAsync(async cm =>
    {
        var item = await cm.NewAsync(type);
        fill(item);
        var result = await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
        Assert.True(result.Succeeded, result.ToString());
        return (await cm.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the OS cleans its temp folder.
        }
    }
}

/// <summary>
/// Keys EF's model cache on the index tables a site registers, so sites with different modules in
/// one process each get their own model. The kernel should do this itself (reported to the lead);
/// until then this keeps these tests from depending on which site happened to start first.
/// </summary>
internal sealed class IndexAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => context is DurhamDbContext db
        ? (context.GetType(), string.Join(',', db.Indexes.Select(i => i.IndexType.FullName).Order(StringComparer.Ordinal)), designTime)
        : (context.GetType(), "", designTime);
}

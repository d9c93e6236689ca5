using DurhamCms.ContentFields;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Parts;
using DurhamCms.Recipes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>
/// The kernel plus the ContentFields and Parts modules, on a SQLite file of its own. Deliberately
/// not <c>Infrastructure.TestSite</c> for the module rules: that one boots the whole host and runs
/// the Durham recipe, whose types (Priority, Initiative...) and routes would mix with each test's
/// own. Tests that need the host (views, PostgreSQL) use TestSite.
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
        new DurhamCms.ContentFields.Startup().ConfigureServices(services, configuration);
        new DurhamCms.Parts.Startup().ConfigureServices(services, configuration);
        if (withRecipes)
        {
            services.AddDurhamRecipes();
            services.AddSingleton(new ModuleCatalog([new DurhamCms.ContentFields.Startup(), new DurhamCms.Parts.Startup()]));
        }

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

using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// A kernel-only site of its own (data folder, SQLite file) with the recipe services and no
/// modules. Deliberately not <c>Infrastructure.TestSite</c>: that one boots the whole host and
/// runs the Durham setup recipe, so the modules' handlers (Title, Autoroute...) would judge the
/// Orchard items and the site would not start empty. These tests hold the kernel's import alone.
/// </summary>
public sealed class RecipeTestSite : IAsyncDisposable
{
    /// <summary>The field types the ContentFields module registers; the kernel alone knows none.</summary>
    public static readonly string[] FieldTypes =
    [
        "TextField", "NumericField", "BooleanField", "DateField", "DateTimeField",
        "LinkField", "HtmlField", "MarkdownField", "ContentPickerField", "MultiTextField",
    ];

    private readonly ServiceProvider _services;

    private RecipeTestSite(ServiceProvider services, string dataPath)
    {
        _services = services;
        DataPath = dataPath;
    }

    public string DataPath { get; }

    public static async Task<RecipeTestSite> CreateAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-recipe-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DurhamCms:DataPath"] = dataPath })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDurhamCmsCore(configuration, dataPath);
        services.AddDurhamRecipes();
        // Users and roles are the Users module's: the Roles step makes Identity roles through it.
        new DurhamCms.Users.Startup().ConfigureServices(services, configuration);
        services.AddSingleton(new ModuleCatalog([new TestModule()]));
        foreach (var fieldType in FieldTypes)
        {
            services.AddSingleton(new ContentFieldTypeRegistration(fieldType));
        }

        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var site = new RecipeTestSite(provider, dataPath);
        await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Database.EnsureCreatedAsync());
        return site;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return true;
    });

    public Task<RecipeResult> RunAsync(string json, RecipeExecutionOptions? options = null, string? directory = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, directory, options));

    public Task<RecipeResult> RunFileAsync(string path, RecipeExecutionOptions? options = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(path, options));

    public Task<int> CountVersionsAsync() => InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync());

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
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>Stands in for the host's modules in Feature steps.</summary>
    private sealed class TestModule : ModuleStartup
    {
        public override string Id => "DurhamCms.Contents";

        public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Contents", "OrchardCore.Title", "OrchardCore.Autoroute"];
    }
}

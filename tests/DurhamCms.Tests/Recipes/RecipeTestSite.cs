using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// A <see cref="TestSite"/> for the kernel's import: set up from the empty recipe, running only
/// the ContentFields module (the field types recipes name) and Users (roles), so that no part handler (Title,
/// Autoroute...) judges the Orchard items. A stand-in module offers the Orchard features the
/// Feature step is tested with.
/// </summary>
public sealed class RecipeTestSite : IAsyncDisposable
{
    /// <summary>The field types the ContentFields module registers; the kernel alone knows none.</summary>
    public static readonly string[] FieldTypes =
    [
        "TextField", "NumericField", "BooleanField", "DateField", "DateTimeField",
        "LinkField", "HtmlField", "MarkdownField", "ContentPickerField", "MultiTextField",
    ];

    private RecipeTestSite(TestSite site) => Site = site;

    public TestSite Site { get; }

    public string DataPath => Site.DataPath;

    public static Task<RecipeTestSite> CreateAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var site = new TestSite(new TestSiteOptions
        {
            // Users: the Roles step makes each role a role users can hold (IRoleRegistry).
            Modules = ["DurhamCms.ContentFields", "DurhamCms.Users"],
            SkipDurhamRecipe = true,
            Settings = settings,
            Services = services =>
            {
                var running = (ModuleCatalog)services.Last(d => d.ServiceType == typeof(ModuleCatalog)).ImplementationInstance!;
                services.AddSingleton(new ModuleCatalog([.. running.Modules, new FeatureStandIn()]));
                configure?.Invoke(services);
            },
        });
        _ = site.Services; // Starts the host now: set up before the test's first recipe.
        return Task.FromResult(new RecipeTestSite(site));
    }

    public AsyncServiceScope Scope() => Site.Scope();

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Site.InScopeAsync(work);

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => Site.InScopeAsync(work);

    public Task<RecipeResult> RunAsync(string json, RecipeExecutionOptions? options = null, string? directory = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(json, directory, options));

    public Task<RecipeResult> RunFileAsync(string path, RecipeExecutionOptions? options = null) =>
        InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(path, options));

    public Task<int> CountVersionsAsync() => InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync());

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    /// <summary>Stands in for the host's other modules in Feature steps.</summary>
    private sealed class FeatureStandIn : ModuleStartup
    {
        public override string Id => "DurhamCms.Contents";

        public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Contents", "OrchardCore.Title", "OrchardCore.Autoroute"];
    }
}

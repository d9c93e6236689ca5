using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>
/// A <see cref="TestSite"/> running the Parts module and what it depends on (ContentFields), set
/// up from the empty recipe: the module rules meet no plan types (Priority, Initiative...) and no
/// plan routes, only each test's own. Shortcuts for defining types and creating items.
/// </summary>
public sealed class ModuleSite : IAsyncDisposable
{
    private ModuleSite(TestSite site) => Site = site;

    public TestSite Site { get; }

    public string DataPath => Site.DataPath;

    public static Task<ModuleSite> StartAsync()
    {
        var site = new TestSite(new TestSiteOptions { Modules = ["DurhamCms.Parts"], SkipDurhamRecipe = true });
        _ = site.Services; // Starts the host now: set up (and migrated) before the test's first step.
        return Task.FromResult(new ModuleSite(site));
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Site.InScopeAsync(work);

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => Site.InScopeAsync(work);

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

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

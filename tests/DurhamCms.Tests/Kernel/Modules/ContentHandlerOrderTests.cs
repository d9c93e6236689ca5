using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Modules;
using DurhamCms.Parts.Handlers;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Kernel.Modules;

/// <summary>Handlers run in module dependency order, then in the order a module declares, never in the order they were registered.</summary>
public sealed class ContentHandlerOrderTests : IAsyncLifetime
{
    private static readonly ModuleCatalog Catalog = new([new DurhamCms.Parts.Startup(), new DurhamCms.ContentFields.Startup()]);

    private ModuleSite _site = null!;

    public async Task InitializeAsync() => _site = await ModuleSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Handlers_run_module_by_module_in_dependency_order_however_they_were_registered()
    {
        var (forward, reversed) = await _site.InScopeAsync(sp =>
        {
            var registered = sp.GetServices<IContentHandler>().ToList();
            registered.Reverse();
            return Task.FromResult((
                ContentHandlerOrder.Sort(sp.GetServices<IContentHandler>(), Catalog).Select(Name).ToList(),
                ContentHandlerOrder.Sort(registered, Catalog).Select(Name).ToList()));
        });

        Assert.All(new[] { forward, reversed }, order =>
        {
            // The kernel's own (the page cache's, the published reads' and the publish counter's) first, then module by module:
            // every ContentFields handler before any Parts handler.
            Assert.Equal(
                ["DurhamCms.Core", "DurhamCms.Core", "DurhamCms.Core", "DurhamCms.ContentFields", "DurhamCms.ContentFields", "DurhamCms.ContentFields", "DurhamCms.ContentFields", "DurhamCms.Parts", "DurhamCms.Parts", "DurhamCms.Parts"],
                order.Select(n => n.Split(':')[0]));
            Assert.True(order.IndexOf("DurhamCms.Parts:" + nameof(TitlePartHandler)) < order.IndexOf("DurhamCms.Parts:" + nameof(AutoroutePartHandler)));
        });
    }

    [Fact]
    public async Task A_route_pattern_reads_the_title_even_when_the_handlers_were_registered_in_reverse()
    {
        await _site.DefineTypeAsync("Page", t => t
            .WithPart(nameof(TitlePart))
            .WithPart(nameof(AutoroutePart), p => p.WithSettings(new AutoroutePartSettings { Pattern = "pages/{{ Model.ContentItem | display_text | slugify }}" })));

        var path = await _site.InScopeAsync(async sp =>
        {
            IEnumerable<IContentHandler> reversed = sp.GetServices<IContentHandler>().Reverse().ToList();
            var manager = ActivatorUtilities.CreateInstance<DefaultContentManager>(sp, reversed, Catalog);
            var item = await manager.NewAsync("Page");
            item.Apply(new TitlePart { Title = "Parks and Trails" });
            Assert.True((await manager.CreateAsync(item, VersionOptions.Published)).Succeeded);
            return item.As<AutoroutePart>()!.Path;
        });

        Assert.Equal("pages/parks-and-trails", path);
    }

    private static string Name(IContentHandler handler) => handler.GetType().Assembly.GetName().Name + ":" + handler.GetType().Name;
}

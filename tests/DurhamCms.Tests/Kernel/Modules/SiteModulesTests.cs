using DurhamCms.Modules;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Kernel.Modules;

/// <summary>The real host's modules: their manifests, their order, and a host made of a few of them.</summary>
public sealed class SiteModulesTests
{
    [Fact]
    public void Every_module_of_the_site_declares_a_name_and_a_description_and_comes_after_its_dependencies()
    {
        var catalog = ModuleCatalog.Discover(typeof(Program).Assembly);

        Assert.All(catalog.Modules, m =>
        {
            Assert.NotEqual(m.Id, m.Name);
            Assert.False(string.IsNullOrWhiteSpace(m.Description), m.Id);
            Assert.Equal("Startup", m.GetType().Name);
            Assert.Equal(m.Id, m.GetType().Namespace);
        });
        var position = catalog.Modules.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assert.All(catalog.Modules, m => Assert.All(m.Dependencies, d => Assert.True(position[d] < position[m.Id], $"{d} before {m.Id}")));
        Assert.True(position["DurhamCms.ContentFields"] < position["DurhamCms.Parts"]);
    }

    // Every module with a table is named, because until modules own their migrations the one
    // Initial migration needs every table in the model; Users is left out, and with it its pages.
    [Fact]
    public async Task A_host_of_a_subset_runs_those_modules_and_what_they_need_and_nothing_else()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?>
        {
            [ModuleCatalog.ModulesKey] = "DurhamCms.StrategicPlan, DurhamCms.Workflows, DurhamCms.AuditTrail",
            ["DurhamCms:Setup:Recipe"] = EmptyRecipe(),
        });

        var modules = site.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Id);
        var routes = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "").ToList();
        var health = await site.CreateClient().GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(
            ["DurhamCms.AuditTrail", "DurhamCms.ContentFields", "DurhamCms.Contents", "DurhamCms.Localization", "DurhamCms.Parts", "DurhamCms.Search", "DurhamCms.StrategicPlan", "DurhamCms.Workflows"],
            modules);
        Assert.DoesNotContain(routes, r => r.StartsWith("admin/users", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(routes, r => r.StartsWith("admin/contents", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Healthy", health);
    }

    [Fact]
    public void A_host_asked_for_a_module_it_does_not_have_refuses_to_start_naming_it()
    {
        using var site = new TestSite(settings: new Dictionary<string, string?> { [ModuleCatalog.ModulesKey] = "DurhamCms.NoSuchModule" });

        var error = Assert.Throws<ModuleDependencyException>(() => site.Services);

        Assert.Contains("'DurhamCms.NoSuchModule'", error.Message, StringComparison.Ordinal);
    }

    private static string EmptyRecipe()
    {
        var path = Path.Combine(Path.GetTempPath(), "durhamcms-tests", "empty-" + Guid.NewGuid().ToString("n") + ".recipe.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "name": "Empty", "steps": [] }""");
        return path;
    }
}

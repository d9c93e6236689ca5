using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;

namespace DurhamCms.Tests.Kernel.Modules;

public sealed class ModuleOrderTests
{
    [Fact]
    public void Each_module_comes_after_the_modules_it_depends_on_and_ties_go_by_id()
    {
        var catalog = new ModuleCatalog(
        [
            new TestModule("Z.Top", "B.Middle", "A.Base"),
            new TestModule("B.Middle", "A.Base"),
            new TestModule("C.Free"),
            new TestModule("A.Base"),
        ]);

        Assert.Equal(["A.Base", "B.Middle", "C.Free", "Z.Top"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_dependency_goes_first_even_when_its_id_sorts_last()
    {
        var catalog = new ModuleCatalog([new TestModule("A.Needs", "Z.Needed"), new TestModule("Z.Needed"), new TestModule("M.Other")]);

        Assert.Equal(["M.Other", "Z.Needed", "A.Needs"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_modules_were_found_in()
    {
        TestModule[] modules = [new("D", "B"), new("C", "A"), new("B", "A"), new("A"), new("E")];

        var forward = new ModuleCatalog(modules).Modules.Select(m => m.Id);
        var backward = new ModuleCatalog(modules.Reverse()).Modules.Select(m => m.Id);

        Assert.Equal(["A", "B", "C", "D", "E"], forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_missing_dependency_is_refused_naming_the_module_and_what_it_needs()
    {
        var error = Assert.Throws<ModuleDependencyException>(() =>
            new ModuleCatalog([new TestModule("DurhamCms.Parts", "DurhamCms.ContentFields"), new TestModule("DurhamCms.Search")]));

        Assert.Contains("'DurhamCms.Parts' depends on 'DurhamCms.ContentFields'", error.Message, StringComparison.Ordinal);
        Assert.Contains("absent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_is_refused_naming_the_modules_in_it()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => new ModuleCatalog(
        [
            new TestModule("A.Free"),
            new TestModule("B.One", "C.Two"),
            new TestModule("C.Two", "D.Three"),
            new TestModule("D.Three", "B.One"),
            new TestModule("E.Outside", "B.One"),
        ]));

        Assert.Contains("cycle: B.One -> C.Two -> D.Three -> B.One", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("E.Outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_modules_with_one_id_are_refused()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => new ModuleCatalog([new TestModule("Same"), new TestModule("same")]));

        Assert.Contains("'Same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_brings_what_it_depends_on_and_nothing_else()
    {
        TestModule[] available = [new("Kernel.Fields"), new("Kernel.Parts", "Kernel.Fields"), new("Plan", "Kernel.Parts", "Search"), new("Search"), new("Users")];

        var catalog = ModuleCatalog.Compose(available, ["Plan"]);

        Assert.Equal(["Kernel.Fields", "Kernel.Parts", "Search", "Plan"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void A_subset_naming_an_unknown_module_or_needing_an_absent_one_is_refused()
    {
        TestModule[] available = [new("Search"), new("Plan", "Search", "Parts")];

        var unknown = Assert.Throws<ModuleDependencyException>(() => ModuleCatalog.Compose(available, ["Nope"]));
        var absent = Assert.Throws<ModuleDependencyException>(() => ModuleCatalog.Compose(available, ["Plan"]));

        Assert.Contains("DurhamCms:Modules names 'Nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'Plan' depends on 'Parts'", absent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_of_modules_can_be_named_as_a_list_or_one_comma_separated_value()
    {
        var list = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DurhamCms:Modules:0"] = "A",
            ["DurhamCms:Modules:1"] = "B",
        }).Build();
        var commas = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DurhamCms:Modules"] = "A, B" }).Build();

        Assert.Equal(["A", "B"], ModuleCatalog.RequestedModules(list));
        Assert.Equal(["A", "B"], ModuleCatalog.RequestedModules(commas));
        Assert.Empty(ModuleCatalog.RequestedModules(new ConfigurationBuilder().Build()));
    }

    private sealed class TestModule(string id, params string[] dependencies) : ModuleStartup
    {
        public override string Id => id;

        public override IReadOnlyCollection<string> Dependencies => dependencies;
    }
}

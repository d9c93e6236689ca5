using System.Reflection;
using DurhamCms.Modules;

namespace DurhamCms.Data.Migrations;

/// <summary>A module's migration, with the module it belongs to.</summary>
public sealed record ModuleMigrationEntry(string ModuleId, ModuleMigration Migration);

/// <summary>
/// Every module migration of this site, in the order they run: the kernel's first, then each
/// module's in the catalog's (dependency) order, each module's by id. Found by convention, so a
/// module with a table adds a class to its own Migrations folder and nothing else.
/// </summary>
public sealed class ModuleMigrations
{
    /// <summary>The kernel's own tables (content items, documents) change through migrations in <see cref="KernelNamespace"/>.</summary>
    public const string KernelId = "DurhamCms.Core";
    public const string KernelNamespace = "DurhamCms.Data.Migrations.Kernel";

    public ModuleMigrations(IEnumerable<ModuleMigrationEntry> entries) => All = entries.ToList();

    public IReadOnlyList<ModuleMigrationEntry> All { get; }

    public static ModuleMigrations Discover(ModuleCatalog? catalog)
    {
        var entries = new List<ModuleMigrationEntry>();
        entries.AddRange(Find(KernelId, typeof(ModuleMigration).Assembly, KernelNamespace));
        foreach (var module in catalog?.Modules ?? [])
        {
            var startup = module.GetType();
            entries.AddRange(Find(module.Id, startup.Assembly, startup.Namespace + ".Migrations"));
        }

        return new ModuleMigrations(entries);
    }

    private static IEnumerable<ModuleMigrationEntry> Find(string moduleId, Assembly assembly, string ns)
    {
        var migrations = assembly.GetTypes()
            .Where(t => t.Namespace == ns && t.IsSubclassOf(typeof(ModuleMigration)) && !t.IsAbstract)
            .Select(t => Create(moduleId, t))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var migration in migrations)
        {
            if (string.IsNullOrWhiteSpace(migration.Id) || migration.Id.Length > 150)
            {
                throw new InvalidOperationException($"Module {moduleId}: migration {migration.GetType().FullName} needs an Id of 1 to 150 characters, e.g. \"2026-12-01-AddFoo\".");
            }
        }

        var duplicate = migrations.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Module {moduleId}: migrations {string.Join(" and ", duplicate.Select(m => m.GetType().FullName))} share the Id \"{duplicate.Key}\"; each needs its own.");
        }

        return migrations.Select(m => new ModuleMigrationEntry(moduleId, m));
    }

    private static ModuleMigration Create(string moduleId, Type type) =>
        type.GetConstructor(Type.EmptyTypes) is not null
            ? (ModuleMigration)Activator.CreateInstance(type)!
            : throw new InvalidOperationException($"Module {moduleId}: migration {type.FullName} needs a public parameterless constructor (it holds no services: it only describes the change).");
}

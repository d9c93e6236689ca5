using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyModel;

namespace DurhamCms.Modules;

/// <summary>
/// The modules this host runs, in dependency order: every ModuleStartup in a referenced DurhamCms
/// assembly, or the subset named by <c>DurhamCms:Modules</c> with what those depend on.
/// </summary>
public sealed class ModuleCatalog
{
    /// <summary>Module ids to run (an array, or one comma-separated value); empty runs every module found.</summary>
    public const string ModulesKey = "DurhamCms:Modules";

    private readonly HashSet<string> _features;

    /// <exception cref="ModuleDependencyException">A dependency is absent, two modules share an id, or modules form a cycle.</exception>
    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = ModuleOrder.Sort(modules.ToList());
        _features = new HashSet<string>(
            Modules.SelectMany(m => m.OrchardFeatures.Prepend(m.Id)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Each module after the modules it depends on.</summary>
    public IReadOnlyList<ModuleStartup> Modules { get; }

    /// <summary>True for our module ids and for the Orchard feature ids a module stands in for.</summary>
    public bool IsKnownFeature(string feature) => _features.Contains(feature);

    /// <summary>Every module found beside <paramref name="root"/>.</summary>
    public static ModuleCatalog Discover(Assembly root) => new(FindStartups(root));

    /// <summary>
    /// The modules <paramref name="requested"/> names and, transitively, those they depend on; every
    /// one of <paramref name="available"/> when nothing is requested.
    /// </summary>
    /// <exception cref="ModuleDependencyException">A requested module, or one it depends on, is not available.</exception>
    public static ModuleCatalog Compose(IReadOnlyCollection<ModuleStartup> available, IReadOnlyCollection<string> requested)
    {
        if (requested.Count == 0)
        {
            return new ModuleCatalog(available);
        }

        var byId = available.GroupBy(m => m.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var unknown = requested.Where(id => !byId.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ModuleDependencyException(
                $"{ModulesKey} names {string.Join(", ", unknown.Select(id => $"'{id}'"))}, which this host does not have. Its modules: {string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}.");
        }

        var chosen = new Dictionary<string, ModuleStartup>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(requested);
        while (pending.TryPop(out var id))
        {
            var module = byId[id];
            if (!chosen.TryAdd(module.Id, module))
            {
                continue;
            }

            foreach (var dependency in ModuleOrder.DependenciesOf(module))
            {
                if (!byId.ContainsKey(dependency))
                {
                    throw new ModuleDependencyException(
                        $"Module '{module.Id}' depends on '{dependency}', which is not among this host's modules ({string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}).");
                }

                pending.Push(dependency);
            }
        }

        return new ModuleCatalog(chosen.Values);
    }

    /// <summary>The module ids <see cref="ModulesKey"/> lists: <c>DurhamCms:Modules:0</c>… or <c>"A,B"</c>.</summary>
    public static IReadOnlyList<string> RequestedModules(IConfiguration configuration)
    {
        var section = configuration.GetSection(ModulesKey);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
    }

    /// <summary>
    /// Reads the deps file rather than assembly references, because the compiler drops
    /// references to modules whose types the host never names.
    /// </summary>
    public static IReadOnlyList<ModuleStartup> FindStartups(Assembly root)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.GetName().Name! };
        var context = DependencyContext.Load(root) ?? DependencyContext.Default;
        if (context is not null)
        {
            foreach (var library in context.RuntimeLibraries.Where(l => l.Type == "project"))
            {
                names.Add(library.Name);
            }
        }

        var startups = new List<ModuleStartup>();
        foreach (var name in names)
        {
            Assembly assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(name));
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            startups.AddRange(assembly.GetExportedTypes()
                .Where(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (ModuleStartup)Activator.CreateInstance(t)!));
        }

        return startups.DistinctBy(s => s.GetType()).ToList();
    }
}

using System.Reflection;
using DurhamCms.Modules;
using Microsoft.Extensions.DependencyModel;

namespace DurhamCms.Modules;

/// <summary>The modules this host was built with: every ModuleStartup in a referenced DurhamCms assembly.</summary>
public sealed class ModuleCatalog
{
    private readonly HashSet<string> _features;

    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = modules.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        _features = new HashSet<string>(
            Modules.SelectMany(m => m.OrchardFeatures.Prepend(m.Id)),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ModuleStartup> Modules { get; }

    /// <summary>True for our module ids and for the Orchard feature ids a module stands in for.</summary>
    public bool IsKnownFeature(string feature) => _features.Contains(feature);

    /// <summary>
    /// Reads the deps file rather than assembly references, because the compiler drops
    /// references to modules whose types the host never names.
    /// </summary>
    public static ModuleCatalog Discover(Assembly root)
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

        return new ModuleCatalog(startups.DistinctBy(s => s.GetType()));
    }
}

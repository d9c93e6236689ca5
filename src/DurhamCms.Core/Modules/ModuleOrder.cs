namespace DurhamCms.Modules;

/// <summary>
/// Orders modules so that each comes after every module it depends on. Among modules free to go
/// next, the lowest id (ordinal) goes first, so the order is the same on every machine and start.
/// </summary>
internal static class ModuleOrder
{
    public static List<ModuleStartup> Sort(IReadOnlyCollection<ModuleStartup> modules)
    {
        var byId = ById(modules);
        RefuseMissing(modules, byId);

        var waitingOn = modules.ToDictionary(m => m.Id, m => DependenciesOf(m).Count, StringComparer.OrdinalIgnoreCase);
        var dependents = modules.SelectMany(m => DependenciesOf(m).Select(d => (Dependency: byId[d].Id, Dependent: m)))
            .ToLookup(x => x.Dependency, x => x.Dependent, StringComparer.OrdinalIgnoreCase);
        var ready = new SortedSet<string>(modules.Where(m => waitingOn[m.Id] == 0).Select(m => m.Id), StringComparer.Ordinal);
        var sorted = new List<ModuleStartup>(modules.Count);
        while (ready.Count > 0)
        {
            var next = byId[ready.Min!];
            ready.Remove(next.Id);
            sorted.Add(next);
            foreach (var dependent in dependents[next.Id])
            {
                if (--waitingOn[dependent.Id] == 0)
                {
                    ready.Add(dependent.Id);
                }
            }
        }

        if (sorted.Count < modules.Count)
        {
            var cycle = FindCycle(modules.Where(m => !sorted.Contains(m)).ToList(), byId);
            throw new ModuleDependencyException($"Modules depend on each other in a cycle: {string.Join(" -> ", cycle)}. Remove one of these dependencies.");
        }

        return sorted;
    }

    /// <summary>A module's dependencies, each once, case as the module wrote it.</summary>
    public static IReadOnlyList<string> DependenciesOf(ModuleStartup module) =>
        module.Dependencies.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static Dictionary<string, ModuleStartup> ById(IReadOnlyCollection<ModuleStartup> modules)
    {
        var clash = modules.GroupBy(m => m.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ModuleDependencyException(
                $"Two modules declare the id '{clash.Key}': {string.Join(", ", clash.Select(m => m.GetType().FullName))}.");
        }

        return modules.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
    }

    private static void RefuseMissing(IReadOnlyCollection<ModuleStartup> modules, Dictionary<string, ModuleStartup> byId)
    {
        var missing = modules
            .SelectMany(m => DependenciesOf(m).Where(d => !byId.ContainsKey(d)).Select(d => $"'{m.Id}' depends on '{d}'"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleDependencyException(
                $"A module this host needs is absent: {string.Join("; ", missing)}, which is not among this host's modules ({string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}).");
        }
    }

    /// <summary>Walks from the lowest-id module left unsorted until a module repeats: that stretch is a cycle.</summary>
    private static List<string> FindCycle(List<ModuleStartup> unsorted, Dictionary<string, ModuleStartup> byId)
    {
        var left = unsorted.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var path = new List<string>();
        var current = unsorted.MinBy(m => m.Id, StringComparer.Ordinal)!;
        while (!path.Contains(current.Id, StringComparer.OrdinalIgnoreCase))
        {
            path.Add(current.Id);
            // Every unsorted module waits on at least one unsorted module, so this never runs dry.
            current = byId[DependenciesOf(current).Where(left.Contains).Order(StringComparer.Ordinal).First()];
        }

        var start = path.FindIndex(id => string.Equals(id, current.Id, StringComparison.OrdinalIgnoreCase));
        return [.. path.Skip(start), current.Id];
    }
}

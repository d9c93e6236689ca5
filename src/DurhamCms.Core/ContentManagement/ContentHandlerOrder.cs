using System.Reflection;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Modules;

namespace DurhamCms.ContentManagement;

/// <summary>
/// The order content handlers run in, whatever order they were registered in: the kernel's own
/// first, then module by module in dependency order (a module is its Startup's assembly), then by
/// <see cref="ContentHandlerOrderAttribute"/> within a module, then as registered.
/// </summary>
internal static class ContentHandlerOrder
{
    public static IReadOnlyList<IContentHandler> Sort(IEnumerable<IContentHandler> handlers, ModuleCatalog? catalog)
    {
        var rank = (catalog?.Modules ?? [])
            .Select((module, index) => (module.GetType().Assembly, index))
            .DistinctBy(x => x.Assembly)
            .ToDictionary(x => x.Assembly, x => x.index);
        return handlers
            .Select((handler, registered) => (handler, registered))
            .OrderBy(x => rank.GetValueOrDefault(x.handler.GetType().Assembly, -1))
            .ThenBy(x => x.handler.GetType().GetCustomAttribute<ContentHandlerOrderAttribute>()?.Order ?? 0)
            .ThenBy(x => x.registered)
            .Select(x => x.handler)
            .ToList();
    }
}

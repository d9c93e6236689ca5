using DurhamCms.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>A module's permissions, shown on the roles page and granted by role. Registering one twice is harmless.</summary>
    public static IServiceCollection AddPermissionProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPermissionProvider, TProvider>());
        return services;
    }
}

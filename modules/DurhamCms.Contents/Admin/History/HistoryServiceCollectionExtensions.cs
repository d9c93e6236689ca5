using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Admin.History.Diff;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents.Admin.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>Preview, versions, diff and restore (their controllers are found by MVC), and who saved each version.</summary>
    public static IServiceCollection AddContentHistory(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IContentHandler, VersionAuthorHandler>();
        services.AddScoped<HistoryAccess>();
        services.AddScoped<PreviewRenderer>();
        services.AddSingleton<ContentDiffer>();
        return services;
    }
}

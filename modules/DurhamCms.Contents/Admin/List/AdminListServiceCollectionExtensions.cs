using DurhamCms.Admin;
using DurhamCms.Contents.Admin.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents.Admin.List;

public static class AdminListServiceCollectionExtensions
{
    /// <summary>The admin dashboard (<c>/admin</c>) and the content list (<c>/admin/contents</c>), and their menu links.</summary>
    public static IServiceCollection AddContentAdminList(this IServiceCollection services)
    {
        services.AddOptions<AdminDashboardOptions>().BindConfiguration(AdminDashboardOptions.Section);
        services.AddScoped<ContentAccess>();
        services.AddScoped<ContentListQuery>();
        services.AddScoped<AdminDashboardQuery>();
        services.AddSingleton<IAdminMenuProvider, ContentsAdminMenu>();
        return services;
    }
}

using DurhamCms.Admin;
using DurhamCms.AuditTrail.Handlers;
using DurhamCms.AuditTrail.Models;
using DurhamCms.AuditTrail.Services;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.AuditTrail;

public static class AuditTrailServiceCollectionExtensions
{
    /// <summary>The audit table and its append-only guards, the recorder, the content event handler, the audit page's permission and menu.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddModuleEntity<AuditTrailEvent, AuditTrailEventConfiguration>();
        services.ConfigureDbContext<DurhamDbContext>(o => o.AddInterceptors(AppendOnlyAuditInterceptor.Instance, AppendOnlyAuditCommandInterceptor.Instance));
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditTrail, AuditTrailService>();
        services.AddScoped<IContentHandler, ContentAuditHandler>();
        services.AddScoped<AuditQuery>();
        services.AddPermissionProvider<Permissions>();
        services.AddSingleton<IAdminMenuProvider, AuditTrailAdminMenu>();
        return services;
    }
}

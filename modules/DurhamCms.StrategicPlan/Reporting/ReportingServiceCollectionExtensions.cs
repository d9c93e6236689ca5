using DurhamCms.Admin;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Admin.Dashboard;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.StrategicPlan.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>The reporting cycle: who owns and reports each initiative and key measure, and what that lets them do.</summary>
    public static IServiceCollection AddPlanReporting(this IServiceCollection services)
    {
        services.AddPermissionProvider<ReportingPermissions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, ReportingAdminMenu>());
        services.AddScoped<IContentEditorGrant, ReportingEditorGrant>();
        services.AddScoped<IContentSaveContributor, ReassignmentGuard>();
        services.AddScoped<ReportingAssignments>();
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section);
        services.AddScoped<ReportingCalendar>();
        services.AddScoped<ReportingDuties>();
        services.AddScoped<ReminderSweep>();
        services.AddModuleEntity<ReportingReminderRecord, ReportingReminderRecordConfiguration>();
        services.AddHostedService<ReminderService>();
        services.AddScoped<MeasureValueEntry>();
        services.AddScoped<PeriodLocks>();
        services.AddScoped<ReportingStatuses>();
        services.AddScoped<IAdminDashboardSection, MyReportingDashboardSection>();
        services.AddScoped<IContentHandler, PeriodLockHandler>();
        services.AddModuleEntity<PeriodUnlockRecord, PeriodUnlockRecordConfiguration>();
        services.AddContentIndex<ReportingAssignmentIndex, ReportingAssignmentIndexProvider, ReportingAssignmentIndexConfiguration>();
        return services;
    }
}

using DurhamCms.Cluster;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Scheduled publishing for every site, with or without a workflow: the schedule table, the
    /// background scheduler, Orchard's PublishLaterPart and its field on the editor.
    /// </summary>
    public static IServiceCollection AddContentScheduling(this IServiceCollection services)
    {
        services.AddModuleEntity<PublishScheduleRecord, PublishScheduleRecordConfiguration>();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        services.AddSingleton<ScheduleSignal>();
        services.AddClusterWakeUp<ScheduleSignal>(ClusterChannels.Scheduler, s => s.Signal.Pulse());
        services.AddScoped<ContentSchedules>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<IContentHandler, PublishLaterHandler>();
        services.AddScoped<IContentEditorPanel, PublishLaterEditor>();
        services.AddScoped<IContentSaveContributor, PublishLaterEditor>();
        services.AddHostedService<PublishScheduler>();
        return services;
    }
}

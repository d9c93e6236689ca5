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
        services.AddModuleEntity<PublishScheduleRecord>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            b.Property(x => x.Action).HasMaxLength(16).IsRequired();
            b.Property(x => x.ScheduledBy).HasMaxLength(256);
            b.HasIndex(x => new { x.DoneUtc, x.DueUtc });
            b.HasIndex(x => x.ContentItemId);
        });
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        services.AddSingleton<ScheduleSignal>();
        services.AddScoped<ContentSchedules>();
        services.AddScoped<ScheduledPublisher>();
        services.AddScoped<IContentHandler, PublishLaterHandler>();
        services.AddScoped<IContentEditorPanel, PublishLaterEditor>();
        services.AddScoped<IContentSaveContributor, PublishLaterEditor>();
        services.AddHostedService<PublishScheduler>();
        return services;
    }
}

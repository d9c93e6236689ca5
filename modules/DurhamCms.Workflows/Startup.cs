using DurhamCms.Admin;
using DurhamCms.Cluster;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Admin.Dashboard;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Contents.Admin.History;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Notifications;
using DurhamCms.Publishing;
using DurhamCms.Recipes;
using DurhamCms.Security;
using DurhamCms.Workflows.Admin;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Editors;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Handlers;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Notifications;
using DurhamCms.Workflows.Publishing;
using DurhamCms.Workflows.Recipes;
using DurhamCms.Workflows.Scheduling;
using DurhamCms.Workflows.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Workflows;

/// <summary>The editorial workflow: states and transitions from a recipe, review queue, scheduling, notifications and email.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Workflows";

    public override string Name => "Workflows";

    public override string Description => "The editorial workflow: states and transitions from a recipe, review queue, scheduling, notifications and email.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.Contents"];

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Notifications", "OrchardCore.Email", "OrchardCore.Email.Smtp"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        AddTables(services);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);

        services.AddSingleton<WorkflowSignals>();
        services.AddClusterWakeUp<WorkflowSignals>(ClusterChannels.Outbox, s => s.Outbox.Pulse());
        services.AddSingleton<EmailTemplateRenderer>();
        services.TryAddSingleton<IMailSender, MailKitSender>();
        services.AddScoped<WorkflowDefinitionStore>();
        services.AddScoped<EditorialStateStore>();
        services.AddScoped<EditorialSaveScope>();
        services.AddScoped<TransitionAuthorizer>();
        services.AddScoped<EditorialNotifier>();
        services.AddScoped<NotificationStore>();
        services.AddScoped<IStaffNotifier, StaffNotifier>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<IContentReviewSubmitter, WorkflowReviewSubmitter>();
        services.AddScoped<IEditorialWorkflow, EditorialWorkflow>();
        services.AddScoped<IEditorialHistory, EditorialHistory>();
        services.AddScoped<IContentHandler, EditorialContentHandler>();

        // Plugged into Contents' seams and the kernel's publishing policy.
        services.Replace(ServiceDescriptor.Scoped<IContentPublishingPolicy, WorkflowPublishingPolicy>());
        services.AddScoped<IContentEditorPanel, WorkflowEditor>();
        services.AddScoped<IContentSaveContributor, WorkflowEditor>();
        services.AddScoped<IContentListStateSource, WorkflowListStates>();
        services.AddScoped<IAdminDashboardSection, ReviewDashboardSection>();
        services.AddScoped<IContentVersionNotes, EditorialVersionNotes>();
        services.AddScoped<IScheduledPublishingHandler, WorkflowScheduleHandler>();
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, EditorialWorkflowStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, WorkflowAdminMenu>());
        services.AddHostedService<OutboxSender>();
        services.AddSingleton<DurhamCms.Diagnostics.IMetricGauge, Diagnostics.OutboxBacklogGauge>();
    }

    private static void AddTables(IServiceCollection services)
    {
        services.AddModuleEntity<EditorialStateRecord, EditorialStateRecordConfiguration>();
        services.AddModuleEntity<EditorialTransitionRecord, EditorialTransitionRecordConfiguration>();
        services.AddModuleEntity<NotificationRecord, NotificationRecordConfiguration>();
        services.AddModuleEntity<OutboxMessageRecord, OutboxMessageRecordConfiguration>();
    }
}

internal sealed class WorkflowAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Review queue", "/admin/review", Permissions.ReviewContent, 20),
        new("Notifications", "/admin/notifications", StandardPermissions.AccessAdminPanel, 90),
    ];
}

using DurhamCms.Admin;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Admin.Dashboard;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Contents.Admin.History;
using DurhamCms.Contents.Admin.List;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Data;
using DurhamCms.Modules;
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
        services.AddSingleton<EmailTemplateRenderer>();
        services.TryAddSingleton<IMailSender, MailKitSender>();
        services.AddScoped<WorkflowDefinitionStore>();
        services.AddScoped<EditorialStateStore>();
        services.AddScoped<EditorialSaveScope>();
        services.AddScoped<TransitionAuthorizer>();
        services.AddScoped<EditorialNotifier>();
        services.AddScoped<NotificationStore>();
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
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPermissionProvider, Permissions>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, EditorialWorkflowStep>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, WorkflowAdminMenu>());
        services.AddHostedService<OutboxSender>();
    }

    private static void AddTables(IServiceCollection services)
    {
        services.AddModuleEntity<EditorialStateRecord>(b =>
        {
            b.HasKey(x => x.ContentItemId);
            b.Property(x => x.ContentItemId).HasMaxLength(26);
            b.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            b.Property(x => x.State).HasMaxLength(64).IsRequired();
            b.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            b.Property(x => x.ChangedBy).HasMaxLength(256);
            b.Property(x => x.SubmittedBy).HasMaxLength(256);
            b.Property(x => x.LastCommentBy).HasMaxLength(256);
            b.Property(x => x.Stamp).IsConcurrencyToken();
            b.HasIndex(x => new { x.State, x.ChangedUtc });
        });
        services.AddModuleEntity<EditorialTransitionRecord>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            b.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            b.Property(x => x.Transition).HasMaxLength(64).IsRequired();
            b.Property(x => x.Label).HasMaxLength(256).IsRequired();
            b.Property(x => x.FromState).HasMaxLength(64).IsRequired();
            b.Property(x => x.ToState).HasMaxLength(64).IsRequired();
            b.Property(x => x.UserName).HasMaxLength(256);
            b.HasIndex(x => x.ContentItemId);
        });
        services.AddModuleEntity<NotificationRecord>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
            b.Property(x => x.Message).HasMaxLength(1024).IsRequired();
            b.Property(x => x.Url).HasMaxLength(512);
            b.Property(x => x.ContentItemId).HasMaxLength(26);
            b.HasIndex(x => new { x.UserName, x.ReadUtc });
        });
        services.AddModuleEntity<OutboxMessageRecord>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.To).HasMaxLength(320).IsRequired();
            b.Property(x => x.Subject).HasMaxLength(998).IsRequired();
            b.HasIndex(x => new { x.SentUtc, x.GivenUp, x.NextAttemptUtc });
        });
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

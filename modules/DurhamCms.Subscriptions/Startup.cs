using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Subscriptions.Services;
using Microsoft.Extensions.Configuration;
using DurhamCms.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Subscriptions;

/// <summary>Updates by email: residents follow the plan, a priority or an initiative without an account.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Subscriptions";

    public override string Name => "Subscriptions";

    public override string Description => "Updates by email: residents subscribe to the plan, a priority or an initiative, confirm, manage and unsubscribe without an account.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.StrategicPlan", "DurhamCms.Workflows", "DurhamCms.Localization"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleEntity<SubscriptionRecord, SubscriptionRecordConfiguration>();
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.Section);
        services.AddHttpContextAccessor();
        services.AddSingleton<SubscriptionTokens>();
        services.AddScoped<SubscriptionLinks>();
        services.AddScoped<ISubscriptionStore, SubscriptionStore>();
        services.AddScoped<SubscriptionTargets>();
        services.AddScoped<SubscriberMail>();
        services.AddScoped<SubscriptionSignUp>();
        services.AddScoped<SubscriberDirectory>();
        services.AddSingleton<SubscribeThrottle>();
        services.AddHostedService<ExpiredSubscriptionSweep>();
        services.AddPermissionProvider<Permissions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, SubscriptionsAdminMenu>());
        services.AddSubscriptionSending();
    }
}

internal sealed class SubscriptionsAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Subscribers", "/admin/subscriptions", Permissions.ManageSubscribers, 88)];
}

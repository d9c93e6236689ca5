using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Subscriptions.Sending;

public static class SendingServiceCollectionExtensions
{
    /// <summary>Emails to subscribers on publish and the daily digest, through the Workflows outbox.</summary>
    public static IServiceCollection AddSubscriptionSending(this IServiceCollection s)
    {
        s.AddModuleEntity<PublishedUpdateRecord, PublishedUpdateRecordConfiguration>();
        s.AddOptions<SubscriptionSendingOptions>().BindConfiguration(Services.SubscriptionOptions.Section);
        s.AddSingleton<HeldSubscriberEmails>();
        s.AddSingleton<IDegradationCheck>(sp => sp.GetRequiredService<HeldSubscriberEmails>());
        s.AddScoped<SubscriptionEmailComposer>();
        s.AddScoped<SubscriptionMailer>();
        s.AddScoped<IContentHandler, SubscriptionPublishHandler>();
        s.AddHostedService<SubscriptionSweep>();
        return s;
    }
}

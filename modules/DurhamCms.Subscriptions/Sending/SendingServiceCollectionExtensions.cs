using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Subscriptions.Sending;

public static class SendingServiceCollectionExtensions
{
    /// <summary>Emails to subscribers on publish and the daily digest (filled in by the sending work).</summary>
    public static IServiceCollection AddSubscriptionSending(this IServiceCollection s) => s;
}

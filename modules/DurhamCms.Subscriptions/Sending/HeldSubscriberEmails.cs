using DurhamCms.Hosting;
using DurhamCms.Subscriptions.Services;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// Whether this node holds subscribers' emails because it knows no public address for their links
/// (see <see cref="SubscriptionLinks.ConfiguredBase"/>). While it does, <c>/health</c> and
/// <c>/health/ready</c> say "degraded" with the setting to fix, and the log says so once per process.
/// Per node, in memory, and that is right for a cluster: the setting is each node's own
/// configuration, and the held emails themselves are database rows any node's sweep sends once
/// its node has the setting. The flag is what this node last saw, refreshed at every send and sweep.
/// </summary>
public sealed class HeldSubscriberEmails(ILogger<HeldSubscriberEmails> logger) : IDegradationCheck
{
    public const string Message =
        "subscriber emails are held: their links need the site's public address; set " + SubscriptionLinks.PublicBaseUrlKey + " (or DurhamCms:Smtp:LinkBaseUrl)";

    private int _held;
    private int _warned;

    public string? Degradation => Volatile.Read(ref _held) == 1 ? Message : null;

    /// <summary>Subscribers are waiting for email that this node cannot link: say so, and log it the first time.</summary>
    public void Hold()
    {
        Volatile.Write(ref _held, 1);
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning(
                "Emails to subscribers are held, not sent: outside a request their links need {Setting} (or DurhamCms:Smtp:LinkBaseUrl), and neither is set. Set it, e.g. https://plan.durhamnc.gov; the held emails go at the next sweep.",
                SubscriptionLinks.PublicBaseUrlKey);
        }
    }

    /// <summary>Nothing is held (the address is set, or no subscriber waits).</summary>
    public void Release() => Volatile.Write(ref _held, 0);
}

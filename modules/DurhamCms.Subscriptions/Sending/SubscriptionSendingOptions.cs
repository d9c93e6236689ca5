namespace DurhamCms.Subscriptions.Sending;

/// <summary>Bound from "DurhamCms:Subscriptions" (beside <see cref="Services.SubscriptionOptions"/>): when digests go and how often the sweep looks.</summary>
public sealed class SubscriptionSendingOptions
{
    /// <summary>How often each node's sweep looks for due digests and for updates whose emails were not queued (a node died after the publish).</summary>
    public double SweepMinutes { get; set; } = 5;

    /// <summary>The hour of the day, in the site's time zone (<see cref="DurhamCms.Time.ILocalClock"/>), from which the daily digest goes out.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>
    /// How long a publish may take to commit. An update is stamped before its transaction commits,
    /// so a sweep only trusts what is older than this: it takes up the fan-out of an update this old
    /// that is still not fanned out, and a digest covers updates up to this long before it is sent
    /// (the next digest starts there, so an update committing late is in the next one, never lost).
    /// </summary>
    public double FanOutGraceMinutes { get; set; } = 2;
}

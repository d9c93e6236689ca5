namespace DurhamCms.Subscriptions.Services;

/// <summary>Bound from "DurhamCms:Subscriptions".</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "DurhamCms:Subscriptions";

    /// <summary>How long a confirmation link works; a pending subscription older than this is deleted by the sweep.</summary>
    public int ConfirmHours { get; set; } = 48;

    /// <summary>Sign-ups (subscribe POSTs) one client address may make per <see cref="RateWindowMinutes"/>.</summary>
    public int PerClientLimit { get; set; } = 10;

    /// <summary>Sign-ups for one email address per <see cref="RateWindowMinutes"/>: caps how often a stranger can make the site mail someone.</summary>
    public int PerEmailLimit { get; set; } = 3;

    public int RateWindowMinutes { get; set; } = 60;
}

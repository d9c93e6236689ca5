namespace DurhamCms.Subscriptions.Sending;

/// <summary>
/// The sentences of subscribers' emails, as PO keys (English is the text; es-US.po, under
/// "# Subscriptions: emails", has the Spanish). <see cref="Keys"/> lets a test hold every one to a translation.
/// </summary>
public static class SubscriptionEmailText
{
    public const string UpdateSubject = "New update: {0}";
    public const string DigestSubject = "Strategic Plan updates for {0}";
    /// <summary>{0} the initiative ("3.11 Assess and build…"), {1} the reporting period, {2} the status it reports.</summary>
    public const string StatusUpdateLine = "Status update for {0}, {1}: {2}.";
    public const string StatusUpdateNoStatus = "Status update for {0}, {1}.";
    public const string MeasureLine = "New data for the measure “{0}”, through {1}.";
    public const string ReadIt = "Read it on the Strategic Plan dashboard";
    public const string WhyYouGetThis = "You get this email because you subscribed to updates from the City of Durham’s Strategic Plan dashboard.";
    public const string Manage = "Manage your subscriptions";
    public const string Unsubscribe = "Unsubscribe";
    public const string DigestIntro = "What was published since your last digest:";

    public static readonly IReadOnlyList<string> Keys =
    [
        UpdateSubject, DigestSubject, StatusUpdateLine, StatusUpdateNoStatus, MeasureLine, ReadIt, WhyYouGetThis, Manage, Unsubscribe, DigestIntro,
    ];
}

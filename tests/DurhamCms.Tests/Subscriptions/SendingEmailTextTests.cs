using DurhamCms.Subscriptions.Sending;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Subscriptions;

public sealed class SendingEmailTextTests
{
    [Fact]
    public void Every_sentence_of_a_subscribers_email_has_a_Spanish_translation()
    {
        var po = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Localization", "Translations", "es-US.po"));

        Assert.All(SubscriptionEmailText.Keys, key => Assert.Contains($"msgid \"{key}\"\nmsgstr \"", po, StringComparison.Ordinal));
    }
}

using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>The daily digest: from the digest hour in Durham, once a day per address, only when something was published.</summary>
public sealed class DigestTests
{
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task Daily_subscribers_get_one_digest_a_day_of_what_was_published_in_their_scope()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        // 06:00 in Durham (EST, UTC-5): before the digest hour (7).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero));
        await using var site = new TestSite(new TestSiteOptions { Clock = clock, Settings = SendingTestSite.Settings(smtp) });
        var fay = await site.SubscribeAsync("fay@example.test", SubscriptionScopes.Plan, null, frequency: SubscriptionFrequencies.Daily);
        await site.SubscribeAsync("fay@example.test", SubscriptionScopes.Initiative, SeededPlan.Initiative311, frequency: SubscriptionFrequencies.Daily);
        var gil = await site.SubscribeAsync("gil@example.test", SubscriptionScopes.Initiative, SeededPlan.Initiative311, SubscriptionCultures.Spanish, SubscriptionFrequencies.Daily);
        await site.SubscribeAsync("hal@example.test", SubscriptionScopes.Priority, SeededPlan.Priority4, frequency: SubscriptionFrequencies.Daily);

        clock.Advance(TimeSpan.FromMinutes(10));
        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "In Progress", "<p>One.</p>", "<p>.</p>");
        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q2", "On Hold", "<p>Two.</p>", "<p>.</p>");
        Assert.Equal(2, (await site.PublishedUpdatesAsync()).Count);
        Assert.Empty(await site.OutboxAsync());
        Assert.Equal(0, await site.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));

        // 07:30 in Durham: one digest per address in scope; a second node's sweep adds nothing.
        clock.Advance(TimeSpan.FromMinutes(80));
        Assert.Equal(2, await site.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));
        Assert.Equal(0, await site.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));
        var outbox = await site.OutboxAsync();
        Assert.Equal(
            [DigestKey(fay, 2), DigestKey(gil, 2)],
            outbox.Select(m => m.DeduplicationKey).Order(StringComparer.Ordinal));
        var english = Assert.Single(await smtp.WaitOnClockAsync(clock, m => m.To.Mailboxes.Single().Address == "fay@example.test"));
        Assert.Equal("Strategic Plan updates for Wednesday, December 2, 2026", english.Subject);
        Assert.Contains("FY2026 Q1: In Progress.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("FY2026 Q2: On Hold.", english.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", english.Headers["List-Unsubscribe-Post"]);
        var spanish = Assert.Single(await smtp.WaitOnClockAsync(clock, m => m.To.Mailboxes.Single().Address == "gil@example.test"));
        Assert.StartsWith("Novedades del Plan Estratégico", spanish.Subject, StringComparison.Ordinal);

        // The next day with nothing new: no digest. The day after, only what is new since.
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await site.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));
        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q3", "Complete/Ongoing", "<p>Three.</p>", "<p>.</p>");
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await site.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));
        var third = Assert.Single(await smtp.WaitOnClockAsync(clock, m => m.To.Mailboxes.Single().Address == "fay@example.test", count: 2), m => m.Subject!.Contains("December 4", StringComparison.Ordinal));
        Assert.Contains("FY2026 Q3", third.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("FY2026 Q1", third.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await site.OutboxAsync(), m => m.To == "hal@example.test");
    }

    private static string DigestKey(SubscriptionRecord subscription, int day) =>
        SubscriptionEmailComposer.DigestKey(subscription.Id, new DateOnly(2026, 12, day));
}

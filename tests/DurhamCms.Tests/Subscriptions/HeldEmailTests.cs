using System.Collections.Concurrent;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>
/// A site that does not know its public address cannot link a subscriber's email built in the
/// background: the email is held (never sent with a relative link), the operator is told, and it
/// goes once the address is set.
/// </summary>
public sealed class HeldEmailTests
{
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task Without_a_public_address_subscriber_emails_are_held_said_once_and_sent_when_it_is_set()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        // 08:00 in Durham (EST): past the digest hour.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero));
        var log = new RecordingLogger();
        var settings = smtp.SiteSettings();
        settings["DurhamCms:Subscriptions:SweepMinutes"] = "100000";
        var first = new TestSite(new TestSiteOptions { Clock = clock, Settings = settings, Services = s => s.AddSingleton<ILoggerProvider>(log) }) { KeepData = true };
        await first.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);
        var eli = await first.SubscribeAsync("eli@example.test", SubscriptionScopes.Plan, null, frequency: SubscriptionFrequencies.Daily);
        clock.Advance(TimeSpan.FromMinutes(1));

        await first.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "On Hold", "<p>Paused.</p>", "<p>.</p>");
        await first.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q2", "In Progress", "<p>Back on.</p>", "<p>.</p>");
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await first.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        Assert.Equal(0, await first.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));

        // Held, not queued with "/subscriptions/unsubscribe?…": the updates wait, the digest stays due.
        Assert.Empty(await first.OutboxAsync());
        Assert.All(await first.PublishedUpdatesAsync(), u => Assert.Null(u.FannedOutUtc));
        Assert.Null((await first.SubscriptionsAsync(eli.Email)).Single().LastDigestUtc);
        using (var client = first.CreateClient())
        {
            Assert.Equal("Degraded: " + HeldSubscriberEmails.Message, await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }

        var warnings = log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Single(warnings, w => w.Contains("DurhamCms:PublicBaseUrl", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("not queued yet", StringComparison.Ordinal));
        await first.DisposeAsync();

        // The operator sets the address and restarts: the next sweep sends everything held, once.
        settings["DurhamCms:PublicBaseUrl"] = SendingTestSite.PublicBaseUrl;
        await using var second = first.Restart(settings);
        Assert.Equal(2, await second.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        Assert.Equal(1, await second.MailerAsync(m => m.SendDigestsAsync(CancellationToken.None)));
        Assert.Equal(0, await second.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        await second.MailerAsync(async m =>
        {
            await m.CheckHeldAsync(CancellationToken.None);
            return 0;
        });
        using (var client = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(SendingTestSite.PublicBaseUrl) }))
        {
            Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }

        var received = await smtp.WaitOnClockAsync(clock, _ => true, count: 3);
        Assert.Equal(["ana@example.test", "ana@example.test", "eli@example.test"], received.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(received, m =>
        {
            Assert.StartsWith($"<{SendingTestSite.PublicBaseUrl}/subscriptions/unsubscribe?token=", m.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Contains($"{SendingTestSite.PublicBaseUrl}/initiatives/", m.TextBody, StringComparison.Ordinal);
        });
        var digest = Assert.Single(received, m => m.To.Mailboxes.Single().Address == "eli@example.test");
        Assert.Contains("FY2026 Q1: On Hold.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("FY2026 Q2: In Progress.", digest.TextBody, StringComparison.Ordinal);
        Assert.All(await second.PublishedUpdatesAsync(), u => Assert.NotNull(u.FannedOutUtc));
    }

    [Fact]
    public async Task Asked_for_a_link_outside_a_request_with_no_public_address_the_links_refuse_rather_than_answer_a_relative_one()
    {
        await using var site = new TestSite();
        var subscription = await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);

        var refused = await site.InScopeAsync(sp => Task.FromResult(Record.Exception(() => sp.GetRequiredService<DurhamCms.Subscriptions.Services.SubscriptionLinks>().Unsubscribe(subscription))));

        var error = Assert.IsType<InvalidOperationException>(refused);
        Assert.Contains("DurhamCms:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingLogger : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}

using DurhamCms.Data;
using DurhamCms.Notifications;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>A publish's fan-out to many subscribers: batched INSERTs, one email each, none twice, on both databases.</summary>
public sealed class FanOutBatchTests
{
    private const int Subscribers = 1200;

    [Theory]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task A_publish_to_1200_subscribers_queues_one_email_each_in_batches_and_a_second_run_adds_none(string provider)
    {
        var calls = new OutboxCalls();
        var settings = SubscribeSteps.EmailOn(new Dictionary<string, string?>
        {
            ["DurhamCms:PublicBaseUrl"] = SendingTestSite.PublicBaseUrl,
            ["DurhamCms:Subscriptions:SweepMinutes"] = "100000",
        });
        await using var site = new TestSite(new TestSiteOptions
        {
            Provider = provider,
            Settings = settings,
            Services = s =>
            {
                s.AddSingleton<IMailSender, SilentMailServer>();
                var real = s.Single(d => d.ServiceType == typeof(IEmailOutbox));
                s.Remove(real);
                s.AddScoped<IEmailOutbox>(sp => new CountingOutbox((IEmailOutbox)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), calls));
            },
        });
        var updateId = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            db.AddRange(Enumerable.Range(0, Subscribers).Select(i => new SubscriptionRecord
            {
                Email = $"resident{i:D4}@example.test",
                Scope = SubscriptionScopes.Plan,
                Culture = i % 5 == 0 ? SubscriptionCultures.Spanish : SubscriptionCultures.English,
                Frequency = SubscriptionFrequencies.Immediate,
                CreatedUtc = now,
                ConfirmedUtc = now,
                ConfirmExpiresUtc = now.AddHours(48),
                TokenHash = SubscriptionTokens.NewConfirmToken().Hash,
            }));
            var update = new PublishedUpdateRecord
            {
                ContentItemId = SeededPlan.Update311,
                ContentItemVersionId = "batchversion00000000000000",
                InitiativeContentItemId = SeededPlan.Initiative311,
                PriorityContentItemId = SeededPlan.Priority3,
                Title = "Update",
                Period = "FY2026 Q1",
                Status = "In Progress",
                PublishedUtc = now,
            };
            db.Add(update);
            await db.SaveChangesAsync();
            return update.Id;
        });

        Assert.Equal(Subscribers, await site.MailerAsync(m => m.SendImmediateAsync(updateId, CancellationToken.None)));
        Assert.Equal(0, await site.MailerAsync(m => m.SendImmediateAsync(updateId, CancellationToken.None)));

        var outbox = await site.OutboxAsync();
        Assert.Equal(Subscribers, outbox.Count);
        Assert.Equal(Subscribers, outbox.Select(m => m.To).Distinct(StringComparer.Ordinal).Count());
        Assert.All(outbox, m =>
        {
            Assert.StartsWith("sub:", m.DeduplicationKey, StringComparison.Ordinal);
            Assert.StartsWith($"<{SendingTestSite.PublicBaseUrl}", m.ListUnsubscribe, StringComparison.Ordinal);
            Assert.Equal("List-Unsubscribe=One-Click", m.ListUnsubscribePost);
        });
        Assert.Equal(Subscribers / 5, outbox.Count(m => m.ListUnsubscribe!.StartsWith($"<{SendingTestSite.PublicBaseUrl}/es/", StringComparison.Ordinal)));
        // One batched call per run, never an email at a time.
        Assert.Equal((0, 2), (calls.One, calls.Many));
    }

    private sealed class OutboxCalls
    {
        public int One;
        public int Many;
    }

    private sealed class CountingOutbox(IEmailOutbox inner, OutboxCalls calls) : IEmailOutbox
    {
        public bool Enabled => inner.Enabled;

        public Task<EmailQueueResult> EnqueueAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls.One);
            return inner.EnqueueAsync(email, cancellationToken);
        }

        public Task<int> EnqueueManyAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref calls.Many);
            return inner.EnqueueManyAsync(emails, cancellationToken);
        }
    }

    /// <summary>A mail server that takes the first message and never answers: the outbox's loop waits there and leaves the rows as queued.</summary>
    private sealed class SilentMailServer : IMailSender
    {
        public Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
    }
}

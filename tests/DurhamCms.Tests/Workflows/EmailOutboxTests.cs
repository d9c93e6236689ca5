using DurhamCms.Data;
using DurhamCms.Notifications;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>Other modules' email through <see cref="IEmailOutbox"/>: one row per event, and the List-Unsubscribe headers at the SMTP server.</summary>
public sealed class EmailOutboxTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task The_same_event_queued_twice_is_stored_and_sent_once_with_its_unsubscribe_headers(string provider)
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(new TestSiteOptions { Provider = provider, SkipDurhamRecipe = true, Settings = smtp.SiteSettings() });
        var email = new OutgoingEmail("resident@example.test", "Update: 3.11", "<p>New status</p>", "New status")
        {
            DeduplicationKey = "test:1:v1",
            ListUnsubscribeUrl = "https://durham.example/subscriptions/unsubscribe?token=abc",
            OneClickUnsubscribe = true,
        };

        // Two scopes stand for two nodes handling the same publish.
        var first = await site.InScopeAsync(sp => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(email));
        var second = await site.InScopeAsync(sp => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(email with { Subject = "A retry" }));
        var unkeyed = await site.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<IEmailOutbox>();
            var plain = new OutgoingEmail("resident@example.test", "Unkeyed", "<p>x</p>", "x");
            return (await outbox.EnqueueAsync(plain), await outbox.EnqueueAsync(plain));
        });

        Assert.Equal(EmailQueueResult.Queued, first);
        Assert.Equal(EmailQueueResult.AlreadyQueued, second);
        Assert.Equal((EmailQueueResult.Queued, EmailQueueResult.Queued), unkeyed);

        var received = await smtp.WaitForAsync(_ => true, count: 3);
        var update = Assert.Single(received, m => m.Subject == "Update: 3.11");
        Assert.Equal("<https://durham.example/subscriptions/unsubscribe?token=abc>", update.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", update.Headers["List-Unsubscribe-Post"]);
        Assert.DoesNotContain(received, m => m.Subject == "A retry");
        Assert.All(received.Where(m => m.Subject == "Unkeyed"), m => Assert.Null(m.Headers["List-Unsubscribe"]));

        var rows = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().AsNoTracking().ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r.DeduplicationKey == "test:1:v1");
    }

    [Fact]
    public async Task An_email_queued_in_a_transaction_that_rolls_back_is_not_kept()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = smtp.SiteSettings() });

        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(EmailQueueResult.Queued, await sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(new OutgoingEmail("a@example.test", "Rolled back", "<p>x</p>", "x") { DeduplicationKey = "rollback" }));
            await transaction.RollbackAsync();
        });

        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().CountAsync()));
        Assert.Equal(EmailQueueResult.Queued, await site.InScopeAsync(sp => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(new OutgoingEmail("a@example.test", "Again", "<p>x</p>", "x") { DeduplicationKey = "rollback" })));
    }

    [Fact]
    public async Task Bad_email_is_refused_with_what_is_wrong_and_without_a_host_nothing_is_stored()
    {
        await using var smtp = new TestSmtpServer();
        await using (var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = smtp.SiteSettings() }))
        {
            var error = await site.InScopeAsync(sp => Assert.ThrowsAsync<ArgumentException>(() => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(
                new OutgoingEmail("resident@example.test", "Hi", "<p>x</p>", "x") { ListUnsubscribeUrl = "javascript:alert(1)" })));
            Assert.Contains("List-Unsubscribe URL", error.Message, StringComparison.Ordinal);
            error = await site.InScopeAsync(sp => Assert.ThrowsAsync<ArgumentException>(() => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(
                new OutgoingEmail("not an address", "Hi", "<p>x</p>", "x"))));
            Assert.Contains("not an address", error.Message, StringComparison.Ordinal);
        }

        await using var off = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        Assert.Equal(EmailQueueResult.EmailOff, await off.InScopeAsync(sp => sp.GetRequiredService<IEmailOutbox>().EnqueueAsync(new OutgoingEmail("a@example.test", "Off", "<p>x</p>", "x"))));
        Assert.Equal(0, await off.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().CountAsync()));
    }
}

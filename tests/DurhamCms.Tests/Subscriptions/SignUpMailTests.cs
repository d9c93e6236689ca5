using System.Collections.Concurrent;
using System.Net;
using DurhamCms.Notifications;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>Sign-up emails leave by the one path every email takes, the outbox service, in the sign-up's own transaction.</summary>
public sealed class SignUpMailTests
{
    [Fact]
    public async Task The_confirmation_email_is_handed_to_the_email_outbox_service_not_written_beside_it()
    {
        var outbox = new RecordingOutbox();
        await using var site = new TestSite(new TestSiteOptions { Services = s => s.AddScoped<IEmailOutbox>(_ => outbox) });
        using var client = site.Client();

        using var posted = await client.SubscribeAsync("ana@example.org");

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var email = Assert.Single(outbox.Emails);
        Assert.Equal("ana@example.org", email.To);
        Assert.Contains("/subscriptions/confirm?token=", email.TextBody, StringComparison.Ordinal);
        Assert.Empty(await site.MailToAsync("ana@example.org"));
        Assert.Single(await site.SubscriptionsAsync("ana@example.org"));
    }

    [Theory]
    [Trait(Category.Name, Category.PostgreSql)]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task A_sign_up_stores_its_row_and_its_email_together_and_a_second_one_replaces_the_link(string provider)
    {
        await using var site = new TestSite(provider, SubscribeSteps.EmailOn());
        using var client = site.Client();

        using (var first = await client.SubscribeAsync("bea@example.org"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        }

        using (var second = await client.SubscribeAsync("bea@example.org"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        }

        var mails = await site.MailToAsync("bea@example.org");
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Null(m.DeduplicationKey));
        Assert.Single(await site.SubscriptionsAsync("bea@example.org"));
        using var confirmed = await client.ConfirmAsync(SubscribeSteps.ConfirmLink(mails[1]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(Assert.Single(await site.SubscriptionsAsync("bea@example.org")).ConfirmedUtc);
    }

    private sealed class RecordingOutbox : IEmailOutbox
    {
        public ConcurrentQueue<OutgoingEmail> Emails { get; } = new();

        public bool Enabled => true;

        public Task<EmailQueueResult> EnqueueAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
        {
            Emails.Enqueue(email);
            return Task.FromResult(EmailQueueResult.Queued);
        }

        public Task<int> EnqueueManyAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
        {
            foreach (var email in emails)
            {
                Emails.Enqueue(email);
            }

            return Task.FromResult(emails.Count);
        }
    }
}

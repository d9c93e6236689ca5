using System.Text.RegularExpressions;
using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>Subscribers' emails on publish, through the outbox to the loopback SMTP server.</summary>
public sealed partial class SendingTests
{
    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_published_status_update_reaches_each_confirmed_immediate_subscriber_in_scope_once_in_their_language()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(settings: SendingTestSite.Settings(smtp));
        var ana = await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Initiative, SeededPlan.Initiative311);
        await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);
        var beto = await site.SubscribeAsync("beto@example.test", SubscriptionScopes.Priority, SeededPlan.Priority3, SubscriptionCultures.Spanish);
        await site.SubscribeAsync("carla@example.test", SubscriptionScopes.Priority, SeededPlan.Priority4);
        await site.SubscribeAsync("dora@example.test", SubscriptionScopes.Initiative, SeededPlan.Initiative311, confirmed: false);
        await site.SubscribeAsync("eli@example.test", SubscriptionScopes.Plan, null, frequency: SubscriptionFrequencies.Daily);

        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "On Hold", "<p>Paused for the budget.</p>", "<p>Resume in spring.</p>");

        var received = await smtp.WaitForAsync(_ => true, count: 2);
        var english = Assert.Single(received, m => To(m) == "ana@example.test");
        var spanish = Assert.Single(received, m => To(m) == "beto@example.test");
        Assert.Equal($"New update: 3.11 {SeededPlan.Title311}", english.Subject);
        Assert.Contains("Status update for 3.11", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("FY2026 Q1: On Hold.", english.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Nueva actualización: 3.11", spanish.Subject, StringComparison.Ordinal);
        Assert.Contains("FY2026 Q1: En pausa.", spanish.TextBody, StringComparison.Ordinal);
        Assert.Contains("<div lang=\"es-US\">", spanish.HtmlBody, StringComparison.Ordinal);

        // The headers of RFC 2369 and 8058, and links in the body that name this subscription.
        await using (var scope = site.Scope())
        {
            var tokens = scope.ServiceProvider.GetRequiredService<SubscriptionTokens>();
            foreach (var (mail, subscription, prefix) in new[] { (english, ana, ""), (spanish, beto, "/es") })
            {
                var header = mail.Headers["List-Unsubscribe"] ?? "";
                Assert.StartsWith($"<{SendingTestSite.PublicBaseUrl}{prefix}/subscriptions/unsubscribe?token=", header, StringComparison.Ordinal);
                Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
                var token = Uri.UnescapeDataString(TokenIn().Match(header).Groups[1].Value);
                Assert.True(tokens.TryReadLinkToken(token, out var id, out var email));
                Assert.Equal((subscription.Id, subscription.Email), (id, email));
                Assert.Contains($"{SendingTestSite.PublicBaseUrl}{prefix}/subscriptions/manage?token=", mail.TextBody, StringComparison.Ordinal);
            }
        }

        // A second node, or the sweep, doing the same work again queues nothing more.
        var update = Assert.Single(await site.PublishedUpdatesAsync());
        Assert.NotNull(update.FannedOutUtc);
        Assert.Equal(0, await site.MailerAsync(m => m.SendImmediateAsync(update.Id, CancellationToken.None)));
        var outbox = await site.OutboxAsync();
        Assert.Equal(["ana@example.test", "beto@example.test"], outbox.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(outbox, m => Assert.StartsWith("sub:", m.DeduplicationKey, StringComparison.Ordinal));

        // A mail client's one-click unsubscribe (RFC 8058): a bare POST to the header's URL, no antiforgery token, no cookie.
        var oneClick = new Uri((spanish.Headers["List-Unsubscribe"] ?? "").Trim('<', '>'));
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false, BaseAddress = new Uri(SendingTestSite.PublicBaseUrl) });
        using var response = await client.PostAsync(oneClick.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.True(response.IsSuccessStatusCode, $"one-click unsubscribe answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q2", "In Progress", "<p>Back on.</p>", "<p>.</p>");
        await smtp.WaitForAsync(m => To(m) == "ana@example.test", count: 2);
        Assert.Equal(["ana@example.test", "ana@example.test", "beto@example.test"], (await site.OutboxAsync()).Select(m => m.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_Spanish_email_links_the_Spanish_page_of_the_initiative_and_the_English_one_when_it_has_no_translation()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(settings: SendingTestSite.Settings(smtp));
        await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);
        await site.SubscribeAsync("beto@example.test", SubscriptionScopes.Plan, null, SubscriptionCultures.Spanish);
        var (untranslated, untranslatedPath) = await site.AddInitiativeAsync(PlanItems.ThrivingEnvironment, "5.92", "Restore stream banks", "In Progress");

        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "On Hold", "<p>Paused.</p>", "<p>.</p>");
        var english = Assert.Single(await smtp.WaitForAsync(m => To(m) == "ana@example.test"));
        var spanish = Assert.Single(await smtp.WaitForAsync(m => To(m) == "beto@example.test"));
        Assert.Contains($"{SendingTestSite.PublicBaseUrl}{Path311}\n", (english.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{SendingTestSite.PublicBaseUrl}{SpanishPath311}\"", spanish.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{SendingTestSite.PublicBaseUrl}{SpanishPath311}\n", (spanish.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(Path311, spanish.TextBody, StringComparison.Ordinal);
        Assert.Equal("Nueva actualización: 3.11 Evaluar y crear vías innovadoras que faciliten la participación comunitaria equitativa", spanish.Subject);

        await site.AddStatusUpdateAsync(untranslated, "FY2026 Q1", "In Progress", "<p>Digging.</p>", "<p>.</p>");
        var fallback = (await smtp.WaitForAsync(m => To(m) == "beto@example.test", count: 2)).Single(m => m.Subject!.Contains("5.92", StringComparison.Ordinal));
        Assert.Contains($"{SendingTestSite.PublicBaseUrl}{untranslatedPath}\n", (fallback.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("/initiatives/5-92-", untranslatedPath, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_measure_is_news_only_when_its_data_changed()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(settings: SendingTestSite.Settings(smtp));
        await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Initiative, SeededPlan.Initiative311);

        await site.RepublishMeasureAsync(SeededPlan.Measure311, point: null);
        Assert.Empty(await site.PublishedUpdatesAsync());

        await site.RepublishMeasureAsync(SeededPlan.Measure311, ("2024-01", 25m));
        var mail = Assert.Single(await smtp.WaitForAsync(m => To(m) == "ana@example.test"));
        Assert.Contains("New data for the measure", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("through 2024-01", mail.TextBody, StringComparison.Ordinal);
        var update = Assert.Single(await site.PublishedUpdatesAsync());
        Assert.Equal(PublishedUpdateRecord.MeasureKind, update.Kind);
        Assert.Equal(SeededPlan.Priority3, update.PriorityContentItemId);
    }

    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task With_the_mail_server_down_the_publish_succeeds_and_the_email_arrives_once_it_is_up()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = new TestSite(settings: SendingTestSite.Settings(smtp));
        await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);

        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "In Progress", "<p>Going.</p>", "<p>More.</p>");
        await Polling.EventuallyAsync(
            async () => (await site.OutboxAsync()).Any(m => m.To == "ana@example.test" && m.Attempts >= 1 && m.LastError is not null && m.SentUtc is null),
            TimeSpan.FromSeconds(20),
            "a failed first attempt noted in the outbox");

        smtp.Start();
        Assert.Single(await smtp.WaitForAsync(m => To(m) == "ana@example.test"));
        await Polling.EventuallyAsync(async () => Assert.Single(await site.OutboxAsync()).SentUtc is not null, TimeSpan.FromSeconds(10), "the email recorded as sent");
    }

    [Fact]
    [Trait(Category.Name, Category.Slow)]
    public async Task An_update_whose_node_stopped_before_queueing_its_emails_is_sent_by_the_sweep_once()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock, Settings = SendingTestSite.Settings(smtp) });
        var ana = await site.SubscribeAsync("ana@example.test", SubscriptionScopes.Plan, null);

        // The publish's transaction noted the update; the node died before the after-commit fan-out.
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.Add(new PublishedUpdateRecord
            {
                ContentItemId = SeededPlan.Update311,
                ContentItemVersionId = "missedversion0000000000000",
                InitiativeContentItemId = SeededPlan.Initiative311,
                PriorityContentItemId = SeededPlan.Priority3,
                Title = "Update",
                Period = "FY2026 Q1",
                Status = "In Progress",
                PublishedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        // Within the grace the publishing node may still be at it; after it, any node's sweep sends it, once.
        Assert.Equal(0, await site.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await site.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        Assert.Equal(0, await site.MailerAsync(m => m.SendMissedAsync(CancellationToken.None)));
        Assert.Single(await smtp.WaitOnClockAsync(clock, m => To(m) == "ana@example.test"));
        Assert.NotNull(Assert.Single(await site.PublishedUpdatesAsync()).FannedOutUtc);
        Assert.Equal($"sub:{ana.Id}:missedversion0000000000000", Assert.Single(await site.OutboxAsync()).DeduplicationKey);
    }

    private const string Path311 = "/initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement";

    private const string SpanishPath311 = "/es/iniciativas/3-11-evaluar-y-crear-vias-innovadoras-que-faciliten-la-participacion-comunitaria-equitativa";

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    [GeneratedRegex(@"token=([^>]+)>")]
    private static partial Regex TokenIn();
}

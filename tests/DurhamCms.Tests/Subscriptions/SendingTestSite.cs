using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Sending;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>Shortcuts for the sending tests: subscribers as stored rows, the outbox, a measure's new data.</summary>
public static class SendingTestSite
{
    public const string PublicBaseUrl = "https://durham.example";

    /// <summary>The loopback SMTP server's settings, a public base for links, and a sweep that never fires by itself (the tests run it).</summary>
    public static Dictionary<string, string?> Settings(Workflows.TestSmtpServer smtp)
    {
        var settings = smtp.SiteSettings();
        settings["DurhamCms:PublicBaseUrl"] = PublicBaseUrl;
        settings["DurhamCms:Subscriptions:SweepMinutes"] = "100000";
        return settings;
    }

    public static Task<SubscriptionRecord> SubscribeAsync(this TestSite site, string email, string scope, string? contentItemId, string culture = SubscriptionCultures.English, string frequency = SubscriptionFrequencies.Immediate, bool confirmed = true) =>
        site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var row = new SubscriptionRecord
            {
                Email = email,
                Scope = scope,
                ContentItemId = contentItemId,
                Culture = culture,
                Frequency = frequency,
                CreatedUtc = now,
                ConfirmedUtc = confirmed ? now : null,
                ConfirmExpiresUtc = now.AddHours(48),
                TokenHash = SubscriptionTokens.NewConfirmToken().Hash,
            };
            db.Add(row);
            await db.SaveChangesAsync();
            return row;
        });

    public static Task<List<OutboxMessageRecord>> OutboxAsync(this TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public static Task<List<PublishedUpdateRecord>> PublishedUpdatesAsync(this TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<PublishedUpdateRecord>().AsNoTracking().OrderBy(u => u.Id).ToListAsync());

    /// <summary>
    /// Waits for emails from an outbox whose loop waits on <paramref name="clock"/>: moves it on a
    /// second at each look, since a loop busy when the emails were queued missed their wake-up and
    /// sleeps on that clock (a single step could come before its timer is set).
    /// </summary>
    public static async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitOnClockAsync(this Workflows.TestSmtpServer smtp, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, Func<MimeKit.MimeMessage, bool> match, int count = 1)
    {
        await Polling.EventuallyAsync(
            () =>
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                return Task.FromResult(smtp.Messages.Count(match) >= count);
            },
            TimeSpan.FromSeconds(30),
            $"{count} email(s) at the SMTP server");
        return smtp.Messages.Where(match).ToList();
    }

    public static Task<T> MailerAsync<T>(this TestSite site, Func<SubscriptionMailer, Task<T>> work) =>
        site.InScopeAsync(sp => work(sp.GetRequiredService<SubscriptionMailer>()));

    /// <summary>Publishes a new version of the measure: with <paramref name="point"/> added to its series, or only its analysis changed.</summary>
    public static Task RepublishMeasureAsync(this TestSite site, string measureId, (string Period, decimal Value)? point, string analysis = "<p>Reworded.</p>") =>
        site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(measureId, VersionOptions.DraftRequired))!;
            draft.GetOrCreatePartJson(KeyMeasure.Type)[KeyMeasure.Analysis] = new System.Text.Json.Nodes.JsonObject { ["Html"] = analysis };
            if (point is { } p)
            {
                var series = MeasureSeriesReader.Read(draft, KeyMeasure.Type, KeyMeasure.Series);
                series.Points.Add(new MeasurePoint { Period = p.Period, Value = p.Value });
                draft.ApplyField(KeyMeasure.Type, KeyMeasure.Series, series);
            }

            var result = await cm.UpdateAsync(draft);
            Assert.True(result.Succeeded, result.ToString());
            await cm.PublishAsync(draft);
        });
}

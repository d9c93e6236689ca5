using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>The store the sender reads, on both databases: who is in scope, one row per address, digests due.</summary>
public sealed class SubscribeStoreTests
{
    [Theory]
    [Trait(Category.Name, Category.PostgreSql)]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task The_whole_plan_row_is_unique_per_address_although_its_item_is_null(string provider)
    {
        await using var site = new TestSite(provider);

        await Assert.ThrowsAsync<DbUpdateException>(() => site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.AddRange(Row("twin@example.org", SubscriptionScopes.Plan, null), Row("twin@example.org", SubscriptionScopes.Plan, null));
            await db.SaveChangesAsync();
        }));
        Assert.Empty(await site.SubscriptionsAsync("twin@example.org"));
    }

    [Theory]
    [Trait(Category.Name, Category.PostgreSql)]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task Confirmed_subscribers_in_scope_are_the_plans_the_prioritys_and_the_initiatives_once_per_address(string provider)
    {
        await using var site = new TestSite(provider);
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.AddRange(
                Row("both@example.org", SubscriptionScopes.Plan, null),
                Row("both@example.org", SubscriptionScopes.Initiative, "initiativeX"),
                Row("priority@example.org", SubscriptionScopes.Priority, "priorityP"),
                Row("other-initiative@example.org", SubscriptionScopes.Initiative, "initiativeY"),
                Row("pending@example.org", SubscriptionScopes.Plan, null, confirmed: false),
                Row("daily@example.org", SubscriptionScopes.Plan, null, frequency: SubscriptionFrequencies.Daily),
                Row("spanish@example.org", SubscriptionScopes.Plan, null, culture: SubscriptionCultures.Spanish));
            await db.SaveChangesAsync();
        });

        var recipients = await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().ConfirmedForAsync("priorityP", "initiativeX", "en-US", "Immediate"));

        Assert.Equal(["both@example.org", "priority@example.org"], recipients.Select(r => r.Email).Order(StringComparer.Ordinal));
        Assert.Equal(SubscriptionScopes.Initiative, recipients.Single(r => r.Email == "both@example.org").Scope);
        var spanish = await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().ConfirmedForAsync(null, null, "es-US", "Immediate"));
        Assert.Equal("spanish@example.org", Assert.Single(spanish).Email);
    }

    [Theory]
    [Trait(Category.Name, Category.PostgreSql)]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task A_daily_subscriber_is_due_until_its_digest_is_marked_sent_and_again_a_day_later(string provider)
    {
        await using var site = new TestSite(provider);
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            db.AddRange(Row("daily@example.org", SubscriptionScopes.Plan, null, frequency: SubscriptionFrequencies.Daily), Row("immediate@example.org", SubscriptionScopes.Plan, null));
            await db.SaveChangesAsync();
        });
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

        var due = await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().DueForDigestAsync(now));
        var daily = Assert.Single(due);
        Assert.Equal("daily@example.org", daily.Email);
        await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().MarkDigestSentAsync(daily.Id, now));

        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().DueForDigestAsync(now.AddHours(1))));
        Assert.Single(await site.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().DueForDigestAsync(now.AddDays(1))));
    }

    private static SubscriptionRecord Row(string email, string scope, string? itemId, bool confirmed = true, string frequency = SubscriptionFrequencies.Immediate, string culture = SubscriptionCultures.English) => new()
    {
        Email = email,
        Scope = scope,
        ContentItemId = itemId,
        Culture = culture,
        Frequency = frequency,
        ConfirmedUtc = confirmed ? new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) : null,
        CreatedUtc = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc),
        ConfirmExpiresUtc = new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc),
        TokenHash = SubscriptionTokens.NewConfirmToken().Hash,
    };
}

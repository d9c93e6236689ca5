using System.Net;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>The sign-up's limits: per client address, per email address, and the confirmation link's expiry.</summary>
public sealed class SubscribeLimitsTests
{
    [Fact]
    public async Task The_same_email_address_is_mailed_at_most_the_per_email_limit_then_the_form_answers_429_with_a_message()
    {
        await using var site = new TestSite(settings: SubscribeSteps.EmailOn(new Dictionary<string, string?>
        {
            ["DurhamCms:Subscriptions:PerEmailLimit"] = "2",
            ["DurhamCms:Subscriptions:PerClientLimit"] = "100",
        }));
        using var client = site.Client();

        using var first = await client.SubscribeAsync("target@example.org");
        using var second = await client.SubscribeAsync("Target@Example.org");
        using var third = await client.SubscribeAsync("target@example.org");

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null, "a Retry-After header");
        Assert.Contains("Too many sign-ups. Wait", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await site.MailToAsync("target@example.org")).Count);

        // Another address from the same client is still served.
        using var other = await client.SubscribeAsync("someone-else@example.org");
        Assert.Equal(HttpStatusCode.SeeOther, other.StatusCode);
    }

    [Fact]
    public async Task One_client_address_gets_429_after_the_per_client_limit_whatever_addresses_it_types()
    {
        await using var site = new TestSite(settings: SubscribeSteps.EmailOn(new Dictionary<string, string?> { ["DurhamCms:Subscriptions:PerClientLimit"] = "3" }));
        using var client = site.Client();

        var statuses = new List<HttpStatusCode>();
        foreach (var n in Enumerable.Range(1, 4))
        {
            using var response = await client.SubscribeAsync($"flood{n}@example.org");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], statuses);
        Assert.Empty(await site.SubscriptionsAsync("flood4@example.org"));
    }

    [Fact]
    public async Task An_expired_confirmation_link_shows_a_clear_page_confirms_nothing_and_the_sweep_deletes_the_pending_row_a_day_later()
    {
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock, Settings = SubscribeSteps.EmailOn(new Dictionary<string, string?> { ["DurhamCms:Subscriptions:ConfirmHours"] = "48" }) });
        using var client = site.Client();
        using (await client.SubscribeAsync("late@example.org"))
        {
        }

        var link = SubscribeSteps.ConfirmLink(Assert.Single(await site.MailToAsync("late@example.org")));
        clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<SubscriptionSignUp>().DeleteExpiredAsync()));
        var stillGood = await client.GetPageAsync(link);
        clock.Advance(TimeSpan.FromHours(2));

        using var expired = await client.GetAsync(link);
        using var pressed = await client.PostWithTokenAsync(link, [], SiteClient.AntiforgeryToken(stillGood));

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This confirmation link has expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, pressed.StatusCode);
        Assert.Null(Assert.Single(await site.SubscriptionsAsync("late@example.org")).ConfirmedUtc);

        // Kept a day past expiry, so a late click still reads "expired"; then swept (by the hourly
        // sweep the fake clock may have fired meanwhile, or by this call).
        Assert.Equal(0, await site.InScopeAsync(sp => sp.GetRequiredService<SubscriptionSignUp>().DeleteExpiredAsync()));
        clock.Advance(SubscriptionSignUp.ExpiredKeptFor);
        await site.InScopeAsync(sp => sp.GetRequiredService<SubscriptionSignUp>().DeleteExpiredAsync());
        Assert.Empty(await site.SubscriptionsAsync("late@example.org"));
        using var swept = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, swept.StatusCode);
        Assert.Contains("This link does not work", await swept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>The pages an email's links open: manage, unsubscribe (also RFC 8058's one-click POST), and "delete my data".</summary>
public sealed class ManageTests : IClassFixture<SubscribeTests.Site>
{
    private readonly SubscribeTests.Site _fixture;

    public ManageTests(SubscribeTests.Site fixture) => _fixture = fixture;

    private TestSite Web => _fixture.Web;

    [Fact]
    public async Task The_manage_link_lists_every_subscription_of_that_address_and_no_one_elses()
    {
        var initiative = await Web.Initiative311Async();
        using var client = Web.Client();
        var plan = await Web.SubscribeAndConfirmAsync(client, "maria@example.org");
        await Web.SubscribeAndConfirmAsync(client, "maria@example.org", "Initiative", initiative, "Daily");
        await Web.SubscribeAndConfirmAsync(client, "neighbour@example.org");

        var html = await client.GetPageAsync(await Web.LinkForAsync(plan, (links, s) => links.Manage(s)));

        Assert.Contains("the whole Strategic Plan", html, StringComparison.Ordinal);
        Assert.Contains(DurhamCms.Tests.StrategicPlan.Pages.SeededInitiativePageTests.Title, html, StringComparison.Ordinal);
        Assert.Contains("one email a day", html, StringComparison.Ordinal);
        Assert.DoesNotContain("neighbour", html, StringComparison.Ordinal);
        Assert.NotNull(SiteClient.AntiforgeryToken(html));
    }

    [Fact]
    public async Task The_one_click_POST_of_a_mail_client_unsubscribes_without_an_antiforgery_token_and_keeps_the_other_subscriptions()
    {
        var initiative = await Web.Initiative311Async();
        using var client = Web.Client();
        await Web.SubscribeAndConfirmAsync(client, "oneclick@example.org");
        var followed = await Web.SubscribeAndConfirmAsync(client, "oneclick@example.org", "Initiative", initiative);
        var unsubscribe = await Web.LinkForAsync(followed, (links, s) => links.Unsubscribe(s));

        // Opening the link changes nothing: the page asks.
        var page = await client.GetPageAsync(unsubscribe);
        Assert.Contains("Unsubscribe", page, StringComparison.Ordinal);
        Assert.Equal(2, (await Web.SubscriptionsAsync("oneclick@example.org")).Count);

        using var mailClient = Web.CreateClient();
        using var response = await mailClient.PostAsync(new Uri(unsubscribe, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var left = Assert.Single(await Web.SubscriptionsAsync("oneclick@example.org"));
        Assert.Equal("Plan", left.Scope);

        // Again: harmless, and the page says so.
        using var again = await mailClient.PostAsync(new Uri(unsubscribe, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory]
    [InlineData("/subscriptions/manage?token=")]
    [InlineData("/subscriptions/manage?token=CfDJ8-altered")]
    [InlineData("/subscriptions/unsubscribe?token=nonsense")]
    public async Task A_missing_or_altered_link_token_is_a_clear_404_page(string url)
    {
        using var client = Web.Client();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This link does not work", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_one_click_POST_with_an_altered_token_unsubscribes_nobody()
    {
        using var client = Web.Client();
        var subscription = await Web.SubscribeAndConfirmAsync(client, "kept@example.org");
        var link = await Web.LinkForAsync(subscription, (links, s) => links.Unsubscribe(s));

        using var mailClient = Web.CreateClient();
        using var response = await mailClient.PostAsync(new Uri(link[..^3] + "abc", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(await Web.SubscriptionsAsync("kept@example.org"));
    }

    [Fact]
    public async Task One_addresss_manage_link_cannot_unsubscribe_another_addresss_subscription()
    {
        using var client = Web.Client();
        var mine = await Web.SubscribeAndConfirmAsync(client, "mallory@example.org");
        var theirs = await Web.SubscribeAndConfirmAsync(client, "victim@example.org");
        var manage = await Web.LinkForAsync(mine, (links, s) => links.Manage(s));

        using var response = await client.PostFormAsync(manage, [new("id", theirs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], manage.Replace("/manage?", "/manage/unsubscribe?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await Web.SubscriptionsAsync("victim@example.org"));
    }

    [Fact]
    public async Task The_manage_page_switches_a_subscription_to_the_daily_digest()
    {
        using var client = Web.Client();
        var subscription = await Web.SubscribeAndConfirmAsync(client, "switch@example.org");
        var manage = await Web.LinkForAsync(subscription, (links, s) => links.Manage(s));

        using var response = await client.PostFormAsync(manage, [new("id", subscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("frequency", "Daily")], manage.Replace("/manage?", "/manage/frequency?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Daily", Assert.Single(await Web.SubscriptionsAsync("switch@example.org")).Frequency);
    }

    [Fact]
    public async Task Delete_my_data_deletes_every_row_and_queued_email_of_the_address_and_needs_the_antiforgery_token()
    {
        var initiative = await Web.Initiative311Async();
        using var client = Web.Client();
        var plan = await Web.SubscribeAndConfirmAsync(client, "forget-me@example.org");
        await Web.SubscribeAndConfirmAsync(client, "forget-me@example.org", "Initiative", initiative);
        await Web.SubscribeAndConfirmAsync(client, "stay@example.org");
        var manage = await Web.LinkForAsync(plan, (links, s) => links.Manage(s));
        var delete = manage.Replace("/manage?", "/manage/delete?", StringComparison.Ordinal);

        using var forged = await client.PostWithTokenAsync(delete, [], token: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(2, (await Web.SubscriptionsAsync("forget-me@example.org")).Count);

        using var response = await client.PostFormAsync(manage, [], delete);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your data is deleted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Web.SubscriptionsAsync("forget-me@example.org"));
        Assert.Empty(await Web.MailToAsync("forget-me@example.org"));
        Assert.Single(await Web.SubscriptionsAsync("stay@example.org"));
        Assert.NotEmpty(await Web.MailToAsync("stay@example.org"));
        var after = await client.GetPageAsync(manage);
        Assert.Contains("This address gets no email updates.", after, StringComparison.Ordinal);
    }
}

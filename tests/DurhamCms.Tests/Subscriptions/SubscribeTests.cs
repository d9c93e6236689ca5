using System.Net;
using DurhamCms.Display;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>Signing up from a plan page: double opt-in through the outbox, the same answer for every address, bad input refused on the form.</summary>
public sealed class SubscribeTests : IClassFixture<SubscribeTests.Site>
{
    private readonly Site _fixture;

    public SubscribeTests(Site fixture) => _fixture = fixture;

    private TestSite Web => _fixture.Web;

    [Fact]
    public async Task Signing_up_from_an_initiative_page_stores_a_pending_row_and_mails_a_link_whose_button_confirms_it()
    {
        var initiative = await Web.Initiative311Async();
        using var client = Web.Client();
        var page = await client.GetPageAsync(SeededInitiativePageTests.Path);
        Assert.Contains($"/subscribe?scope=Initiative&amp;id={initiative}", page, StringComparison.Ordinal);

        using var posted = await client.SubscribeAsync("Ana.Resident@Example.org ", "Initiative", initiative);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal("/subscribe/sent", posted.Headers.Location?.OriginalString);
        var pending = Assert.Single(await Web.SubscriptionsAsync("ana.resident@example.org"));
        Assert.Null(pending.ConfirmedUtc);
        Assert.Equal(("Initiative", initiative, "en-US", "Immediate"), (pending.Scope, pending.ContentItemId, pending.Culture, pending.Frequency));
        var mail = Assert.Single(await Web.MailToAsync("ana.resident@example.org"));
        Assert.Contains(SeededInitiativePageTests.Title, mail.TextBody, StringComparison.Ordinal);
        var link = SubscribeSteps.ConfirmLink(mail);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        Assert.NotEqual(token, pending.TokenHash);
        Assert.Equal(SubscriptionTokens.Hash(token), pending.TokenHash);

        // Opening the link (as a mail scanner would) confirms nothing; the button does.
        var confirmPage = await client.GetPageAsync(link);
        Assert.Contains("Confirm", confirmPage, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Web.SubscriptionsAsync("ana.resident@example.org")).ConfirmedUtc);
        using var confirmed = await client.ConfirmAsync(link);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("/subscriptions/manage?token=", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await Web.SubscriptionsAsync("ana.resident@example.org")).ConfirmedUtc);
        var recipients = await Web.InScopeAsync(sp => sp.GetRequiredService<ISubscriptionStore>().ConfirmedForAsync(null, initiative, "en-US", "Immediate"));
        Assert.Contains(recipients, r => r.Email == "ana.resident@example.org");
    }

    [Fact]
    public async Task An_address_already_subscribed_gets_the_same_answer_as_a_new_one_and_a_manage_link_instead_of_a_second_confirmation()
    {
        using var client = Web.Client();
        var existing = await Web.SubscribeAndConfirmAsync(client, "already@example.org");

        using var again = await client.SubscribeAsync("already@example.org", frequency: "Daily");
        using var fresh = await client.SubscribeAsync("fresh@example.org");

        Assert.Equal(fresh.StatusCode, again.StatusCode);
        Assert.Equal(fresh.Headers.Location, again.Headers.Location);
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var mails = await Web.MailToAsync("already@example.org");
        Assert.Equal(2, mails.Count);
        Assert.DoesNotContain("/subscriptions/confirm", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("/subscriptions/manage?token=", mails[1].TextBody, StringComparison.Ordinal);
        // Typing the address again changes nothing about the confirmed subscription.
        var after = Assert.Single(await Web.SubscriptionsAsync("already@example.org"));
        Assert.Equal((existing.ConfirmedUtc, "Immediate"), (after.ConfirmedUtc, after.Frequency));
        Assert.Contains("/subscriptions/confirm?token=", Assert.Single(await Web.MailToAsync("fresh@example.org")).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_up_twice_before_confirming_keeps_one_row_and_only_the_newest_link_confirms()
    {
        using var client = Web.Client();
        using (await client.SubscribeAsync("twice@example.org"))
        using (await client.SubscribeAsync("twice@example.org"))
        {
        }

        var mails = await Web.MailToAsync("twice@example.org");
        Assert.Equal(2, mails.Count);
        Assert.Single(await Web.SubscriptionsAsync("twice@example.org"));
        using var old = await client.GetAsync(SubscribeSteps.ConfirmLink(mails[0]));
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        using var newest = await client.ConfirmAsync(SubscribeSteps.ConfirmLink(mails[1]));
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_stores_nothing()
    {
        using var client = Web.Client();

        using var response = await client.PostWithTokenAsync("/subscribe", [new("Email", "forged@example.org"), new("Frequency", "Immediate"), new("Scope", "Plan")], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await Web.SubscriptionsAsync("forged@example.org"));
        Assert.Empty(await Web.MailToAsync("forged@example.org"));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@example.org, three@example.org")]
    [InlineData("Name <name@example.org>")]
    [InlineData("")]
    public async Task A_bad_address_is_refused_on_the_form_with_a_message_naming_the_field(string email)
    {
        using var client = Web.Client();

        using var response = await client.SubscribeAsync(email);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter your email address, like name@example.com", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_longer_than_254_characters_or_an_unknown_frequency_is_refused_and_nothing_is_stored()
    {
        using var client = Web.Client();
        var tooLong = new string('a', 250) + "@example.org";

        using var longAddress = await client.SubscribeAsync(tooLong);
        using var badFrequency = await client.SubscribeAsync("often@example.org", frequency: "Hourly");

        Assert.Equal(HttpStatusCode.BadRequest, longAddress.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFrequency.StatusCode);
        Assert.Contains("Choose how often", await badFrequency.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Web.SubscriptionsAsync(tooLong));
        Assert.Empty(await Web.SubscriptionsAsync("often@example.org"));
    }

    [Theory]
    [InlineData("/subscribe?scope=Initiative&id=4nonexistent0000000000000000")]
    [InlineData("/subscribe?scope=Initiative")]
    [InlineData("/subscribe?scope=Measure&id=x")]
    public async Task A_sign_up_page_for_something_that_is_not_a_published_priority_or_initiative_is_a_clear_404(string url)
    {
        using var client = Web.Client();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Email updates are not available for this page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_priority_id_given_as_an_initiative_is_refused()
    {
        var priority = await Web.PriorityIdAsync(PlanItems.Communities);
        using var client = Web.Client();

        using var page = await client.GetAsync($"/subscribe?scope=Initiative&id={priority}");
        var token = SiteClient.AntiforgeryToken(await client.GetPageAsync("/subscribe?scope=Plan"));
        using var response = await client.PostWithTokenAsync("/subscribe", [new("Email", "wrongscope@example.org"), new("Frequency", "Immediate"), new("Scope", "Initiative"), new("Id", priority)], token);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await Web.SubscriptionsAsync("wrongscope@example.org"));
    }

    [Fact]
    public async Task The_Spanish_page_signs_up_in_Spanish_and_the_email_links_to_the_Spanish_pages()
    {
        using var client = Web.Client();
        var form = await client.GetPageAsync("/es/subscribe?scope=Plan");
        Assert.Contains("Su dirección de correo electrónico", form, StringComparison.Ordinal);

        using var posted = await client.SubscribeAsync("lucia@example.org", prefix: "/es");

        Assert.Equal("/es/subscribe/sent", posted.Headers.Location?.OriginalString);
        Assert.Equal("es-US", Assert.Single(await Web.SubscriptionsAsync("lucia@example.org")).Culture);
        var mail = Assert.Single(await Web.MailToAsync("lucia@example.org"));
        Assert.Contains("Confirme sus actualizaciones", mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("/es/subscriptions/confirm?token=", SubscribeSteps.ConfirmLink(mail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Spanish_initiative_page_subscribes_to_the_English_item_that_status_updates_are_published_on()
    {
        var initiative = await Web.Initiative311Async();
        using var client = Web.Client();
        var page = await client.GetPageAsync(DurhamCms.Tests.Localization.SpanishPlanPagesTests.SpanishPath);
        var link = System.Text.RegularExpressions.Regex.Match(page, "/es/subscribe\\?scope=Initiative&amp;id=(\\w+)");
        Assert.True(link.Success, "the Spanish page links to the Spanish sign-up");

        using (await client.SubscribeAsync("pablo@example.org", "Initiative", link.Groups[1].Value, prefix: "/es"))
        {
        }

        Assert.Equal(initiative, Assert.Single(await Web.SubscriptionsAsync("pablo@example.org")).ContentItemId);
    }

    [Theory]
    [InlineData("/", "/subscribe?scope=Plan")]
    [InlineData("/open-data", "/subscribe?scope=Plan")]
    public async Task The_home_page_and_the_open_data_page_link_to_the_real_sign_up(string path, string expected)
    {
        using var client = Web.Client();

        var html = await client.GetPageAsync(path);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("email alerts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_priority_page_links_to_the_sign_up_for_that_priority()
    {
        var priority = await Web.PriorityIdAsync(PlanItems.Communities);
        using var client = Web.Client();

        var path = await Web.InScopeAsync(sp => sp.GetRequiredService<IContentRouteResolver>().GetPathAsync(priority));
        var html = await client.GetPageAsync("/" + path);

        Assert.Contains($"/subscribe?scope=Priority&amp;id={priority}", html, StringComparison.Ordinal);
    }

    public sealed class Site : IAsyncLifetime
    {
        // One site for many tests, all from one client address: limits far above what they post.
        public TestSite Web { get; } = new(settings: SubscribeSteps.EmailOn(new Dictionary<string, string?>
        {
            ["DurhamCms:Subscriptions:PerClientLimit"] = "10000",
            ["DurhamCms:Subscriptions:PerEmailLimit"] = "100",
        }));

        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => Web.DisposeAsync().AsTask();
    }
}

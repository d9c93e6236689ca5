using System.Text.RegularExpressions;
using DurhamCms.Data;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>
/// A resident's whole journey in Chromium, desktop and phone: from an initiative's page to the
/// sign-up, the confirmation email's link, an email when an update is published, and the
/// unsubscribe link in that email; every page axe-clean.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed partial class SubscriptionJourneyBrowserTests(BrowserFixture browser)
{
    // Emails queued after a publish are written outside any request: their links need the site's public address.
    private const string LinkBase = "https://plan.example";

    private const string InitiativePath = "/initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task Subscribe_confirm_receive_and_unsubscribe(int width, int height)
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var settings = smtp.SiteSettings();
        settings["DurhamCms:Smtp:LinkBaseUrl"] = LinkBase;
        await using var site = new TestSite(settings: settings);
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var email = $"resident-{width}@example.test";

        await page.GotoAsync(baseUrl + InitiativePath);
        await page.GetByRole(AriaRole.Link, new() { Name = "Get email updates about this initiative" }).ClickAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Your email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);

        var confirmation = Assert.Single(await smtp.WaitForAsync(m => To(m) == email));
        await page.GotoAsync(Absolute(baseUrl, Link(confirmation.TextBody, "/subscriptions/confirm")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your email updates are confirmed" })).ToBeVisibleAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);

        await site.AddStatusUpdateAsync(SeededPlan.Initiative311, "FY2026 Q1", "On Hold", "<p>Paused for the budget.</p>", "<p>Resume in spring.</p>");
        var received = await smtp.WaitForAsync(m => To(m) == email, count: 2);
        var news = received[^1];
        Assert.Contains("FY2026 Q1: On Hold.", news.TextBody, StringComparison.Ordinal);

        await page.GotoAsync(Absolute(baseUrl, Link(news.TextBody, "/subscriptions/unsubscribe")));
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are unsubscribed" })).ToBeVisibleAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        Assert.False(await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<SubscriptionRecord>().AnyAsync(s => s.Email == email)));
        await page.CloseAsync();
    }

    private static string To(MimeKit.MimeMessage message) => message.To.Mailboxes.Single().Address;

    private static string Link(string? body, string path)
    {
        var match = Regex.Match(body ?? "", $@"(https?://[^\s<>""]+)?{Regex.Escape(path)}\?token=[^\s<>""]+");
        Assert.True(match.Success, $"no {path} link in: {body}");
        return match.Value;
    }

    // Links name the public host; the browser follows them to this test's port.
    private static string Absolute(string baseUrl, string link) => link.StartsWith(LinkBase, StringComparison.Ordinal) ? baseUrl + link[LinkBase.Length..] : link;
}

using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>The sign-up form and its refusal, in Chromium at desktop and phone sizes, with axe.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class SubscribeFormBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task The_form_reached_from_the_home_page_and_its_bad_address_message_have_no_axe_violations(int width, int height)
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Get email updates about the plan" }).ClickAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        // type=email would stop the browser from posting "not-an-email": the server's message is what is checked.
        await page.EvaluateAsync("document.getElementById('subscribe-email').type = 'text'");
        await page.GetByLabel("Your email address").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        Assert.Contains("Enter your email address", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.CloseAsync();
    }
}

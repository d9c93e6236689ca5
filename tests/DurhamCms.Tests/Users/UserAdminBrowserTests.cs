using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Users;

[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class UserAdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_administrator_creates_a_user_in_chromium_after_a_refused_password_and_axe_finds_no_violations()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/login");
        await page.GetByLabel("User name or email").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync("Test-admin-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin/users");
        AssertNoViolations(await page.RunAxe(), "/admin/users");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create a user" }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("carol");
        await page.GetByLabel("Email").FillAsync("carol@durhamnc.gov");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("too-short");
        await page.GetByLabel("Password again").FillAsync("too-short");
        await page.GetByLabel("Author").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

        Assert.Contains("at least 12 characters", await page.Locator("#password-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("carol", await page.GetByLabel("User name").InputValueAsync());
        Assert.True(await page.GetByLabel("Author").IsCheckedAsync());
        AssertNoViolations(await page.RunAxe(), "/admin/users/create with errors");

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Carol-has-a-good-one-7");
        await page.GetByLabel("Password again").FillAsync("Carol-has-a-good-one-7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin/users");
        Assert.Equal("User carol created.", await page.Locator(".notice").InnerTextAsync());

        await page.GotoAsync(baseUrl + "/admin/account/password");
        AssertNoViolations(await page.RunAxe(), "/admin/account/password");
        await page.CloseAsync();
    }

    private static void AssertNoViolations(Deque.AxeCore.Commons.AxeResult axe, string where) =>
        Assert.True(axe.Violations.Length == 0, where + ":\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
}

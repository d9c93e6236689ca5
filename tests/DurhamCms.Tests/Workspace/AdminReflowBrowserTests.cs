using Deque.AxeCore.Playwright;
using DurhamCms.Tests.AdminList;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// Every admin page an administrator reaches from the menu reflows (WCAG 1.4.10): no sideways
/// scrolling at 320 and 375 CSS px, nor at 1280, and axe finds nothing at 320 or 1280. Below
/// 48rem the sidebar folds behind a real Menu button; without script the menu stays open.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
[Trait(Category.Name, Category.Slow)]
public sealed class AdminReflowBrowserTests(BrowserFixture browser)
{
    private static readonly int[] Widths = [1280, 375, 320];

    // The elements wider than the window, to say what to fix when a page scrolls sideways.
    private const string Overflow = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(-4)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
          return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth} (${wide.join(', ')})`;
        }
        """;

    [Fact]
    public async Task Every_admin_page_fits_320_375_and_1280_css_px_without_sideways_scrolling_and_axe_finds_nothing()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateUserAsync("alice", "Author");
        await site.AddUpdateAsync("alice", "Alice's update with a rather long title that has to wrap on a phone screen");
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // About 20 pages, each measured three times and run through axe twice, on a shared machine.
        page.SetDefaultTimeout(120_000);
        await SignInAsync(page, baseUrl, "admin", TestSite.AdminPassword);

        var failures = new List<string>();
        var pages = await AdminCrawl.PagesAsync(async url =>
        {
            var response = await page.GotoAsync(baseUrl + url);
            if (response?.Status != 200)
            {
                return null;
            }

            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                if (await page.EvaluateAsync<string?>(Overflow) is { } overflow)
                {
                    failures.Add($"{url} at {width}px: {overflow}");
                }

                if (width is 1280 or 320)
                {
                    var axe = await page.RunAxe();
                    failures.AddRange(axe.Violations.Select(v => $"{url} at {width}px: axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
                }
            }

            await page.SetViewportSizeAsync(1280, 900);
            return await page.ContentAsync();
        });

        Assert.True(pages.Count >= 15, "The crawl reached only " + string.Join(", ", pages.Select(p => p.Url)));
        Assert.True(failures.Count == 0, $"{failures.Count} problems on {pages.Count} pages:\n" + string.Join("\n", failures));
        await page.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_sidebar_folds_behind_a_menu_button_the_keyboard_opens_and_escape_closes()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await SignInAsync(page, baseUrl, "admin", TestSite.AdminPassword);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var nav = page.Locator("nav#admin-nav");

        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.Equal("admin-nav", await button.GetAttributeAsync("aria-controls"));
        Assert.False(await nav.IsVisibleAsync());

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await nav.GetByRole(AriaRole.Link, new() { Name = "Content" }).IsVisibleAsync());

        await nav.GetByRole(AriaRole.Link, new() { Name = "Content" }).FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await nav.IsVisibleAsync());
        Assert.Equal("Menu", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));

        await page.Keyboard.PressAsync(" ");
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));

        await page.SetViewportSizeAsync(1280, 800);
        Assert.False(await button.IsVisibleAsync());
        Assert.True(await nav.IsVisibleAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_menu_stays_open_and_the_page_still_fits_320_px()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page, baseUrl, "admin", TestSite.AdminPassword);

        Assert.False(await page.Locator("[data-admin-menu-button]").IsVisibleAsync());
        Assert.True(await page.Locator("nav#admin-nav").GetByRole(AriaRole.Link, new() { Name = "Content" }).IsVisibleAsync());
        // Measured in a scripted page on the same HTML: evaluating needs script, the page under test has none.
        var html = await page.ContentAsync();
        var measuring = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 800 }, JavaScriptEnabled = true });
        await measuring.RouteAsync("**/admin-menu.js", route => route.AbortAsync());
        await measuring.SetContentAsync(html);
        Assert.Null(await measuring.EvaluateAsync<string?>(Overflow));
        await measuring.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string baseUrl, string userName, string password)
    {
        await page.GotoAsync(baseUrl + "/login");
        await page.GetByLabel("User name or email").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/admin");
    }
}

using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Browser;

/// <summary>One Debian Chromium for the browser tests; Playwright cannot download its own here.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (test.sh does).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A browser context of its own, signed in as one of <see cref="TestUsers"/>, on the admin.</summary>
    public async Task<IPage> SignInAsync(string baseUrl, string userName)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", TestUsers.Password);
        await Task.WhenAll(page.WaitForURLAsync(baseUrl + "/admin**"), page.ClickAsync("button[type=submit]"));
        return page;
    }

    /// <summary>axe on the page as it is now; a failure lists each violation with the HTML it found.</summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

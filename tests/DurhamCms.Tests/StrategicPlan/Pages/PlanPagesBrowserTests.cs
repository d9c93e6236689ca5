using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

/// <summary>Residents' journeys in Chromium, by mouse and by keyboard alone, with axe on every page type.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class PlanPagesBrowserTests(BrowserFixture browser)
{
    private const string InitiativeTitle = "Hold neighborhood listening sessions";

    private static readonly string[] Values = ["23", "24", "17", "16", "19", "32"];

    /// <summary>
    /// Beside the seeded 3.11, an initiative of priority 3 with what 3.11 lacks (an objective title,
    /// an earlier update) and one On Hold; returns the base URL and the first one's path.
    /// </summary>
    private static async Task<(string BaseUrl, string Path)> StartAsync(TestSite site)
    {
        var baseUrl = site.StartOnKestrel();
        var (id, path) = await site.AddInitiativeAsync(Communities, "3.95", InitiativeTitle, "In Progress",
            description: "<p>Meet residents where they are, in every ward.</p>", why: "<p>Voices not often heard should shape decisions.</p>", objectiveTitle: "Engaged residents");
        await site.AddInitiativeAsync(Communities, "3.96", "Translate City notices", "On Hold");
        await site.AddKeyMeasureAsync(id, "Session attendees", "<p>Attendance grew over the season.</p>",
            ("2023-07", 23), ("2023-08", 24), ("2023-09", 17), ("2023-10", 16), ("2023-11", 19), ("2023-12", 32));
        await site.AddStatusUpdateAsync(id, "FY2025 Q1", "In Progress", "<p>We held six sessions.</p>", "<p>Hold six more.</p>");
        await site.AddStatusUpdateAsync(id, "FY2024 Q4", "On Hold", "<p>We planned the sessions.</p>", "<p>Book venues.</p>");
        return (baseUrl, path);
    }

    [Fact]
    public async Task A_resident_goes_from_home_to_priority_3_to_initiative_3_11_and_reads_the_charts_table()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(baseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = Communities, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + "/priorities/connected-engaged-and-inclusive-communities");
        await page.GetByRole(AriaRole.Link, new() { Name = SeededInitiativePageTests.Title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(baseUrl + SeededInitiativePageTests.Path);

        Assert.Equal($"Initiative 3.11: {SeededInitiativePageTests.Title}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Engaged City Attendees: the data behind the chart" });
        Assert.Equal(Values, await table.Locator("tbody td:first-of-type").AllInnerTextsAsync());

        // The same data as a file: a header and one row per month.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download data as CSV: Engaged City Attendees" }).ClickAsync());
        var rows = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.Equal("period,label,value,note", rows[0]);
        Assert.Equal(Values, rows.Skip(1).Select(r => r.Split(',')[2]).ToArray());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_status_filter_works_without_javascript_by_choosing_a_status_and_submitting_the_form()
    {
        await using var site = new TestSite();
        var (baseUrl, _) = await StartAsync(site);

        // Without JavaScript: the filter is a plain form.
        var page = await browser.Browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(baseUrl + "/priorities/connected-engaged-and-inclusive-communities");

        await page.GetByLabel("Show initiatives with status").SelectOptionAsync("On Hold");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/priorities/connected-engaged-and-inclusive-communities?status=On+Hold");

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = InitiativeTitle }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Translate City notices" }).CountAsync());
        Assert.Matches(@"^Showing 1 of \d+ initiatives with status On Hold\.", await page.Locator(".count").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_whole_journey_works_by_keyboard_alone()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/");

        await TabToAsync(page, Communities);
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(baseUrl + "/priorities/connected-engaged-and-inclusive-communities");
        await TabToAsync(page, SeededInitiativePageTests.Title);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(baseUrl + SeededInitiativePageTests.Path);

        Assert.Equal($"Initiative 3.11: {SeededInitiativePageTests.Title}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 667)]
    public async Task Axe_finds_no_violations_on_home_a_priority_and_an_initiative(int width, int height)
    {
        await using var site = new TestSite();
        var (baseUrl, path) = await StartAsync(site);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });

        foreach (var url in new[] { "/", "/priorities/connected-engaged-and-inclusive-communities", "/priorities/connected-engaged-and-inclusive-communities?status=Bogus", SeededInitiativePageTests.Path, path })
        {
            var response = await page.GotoAsync(baseUrl + url);
            var axe = await page.RunAxe();

            Assert.Equal(200, response!.Status);
            Assert.True(axe.Violations.Length == 0, $"{url} at {width}x{height}:\n" + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task At_375_pixels_the_charts_text_is_at_least_12_px_and_the_target_legend_covers_no_value()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var (id, path) = await site.AddInitiativeAsync(Communities, "3.97", "Count the sessions", "In Progress");
        // The target at the top of the scale, where a label on the line used to sit on the tallest bar's value.
        await site.AddMeasureAsync(id, "Sessions held", new DurhamCms.StrategicPlan.Measures.MeasureSeriesField
        {
            Unit = "sessions", Target = 40, BetterDirection = "up",
            Points = [new() { Period = "2023-12", Value = 40 }, new() { Period = "2023-10", Value = 31 }, new() { Period = "2023-11", Value = 38 }],
        });
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 667 } });

        await page.GotoAsync(baseUrl + path);
        var smallest = await page.EvaluateAsync<double>("""
            () => Math.min(...[...document.querySelectorAll('svg.measure-chart text')].map(t => {
                const svg = t.ownerSVGElement;
                return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            }))
            """);
        var overlaps = await page.EvaluateAsync<int>("""
            () => {
                const legend = document.querySelector('svg.measure-chart .target .legend text').getBoundingClientRect();
                return [...document.querySelectorAll('svg.measure-chart .values text')].map(t => t.getBoundingClientRect())
                    .filter(r => r.left < legend.right && legend.left < r.right && r.top < legend.bottom && legend.top < r.bottom).length;
            }
            """);
        var values = await page.Locator("svg.measure-chart .values text").AllTextContentsAsync();

        Assert.True(smallest >= 12, $"the chart's smallest text renders at {smallest:0.##} px");
        Assert.Equal(0, overlaps);
        Assert.Equal(["31", "38", "40"], values);
        Assert.Equal("On target", await page.Locator(".target-state span").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Pages_fit_a_320_pixel_wide_screen_without_sideways_scrolling()
    {
        await using var site = new TestSite();
        var (baseUrl, path) = await StartAsync(site);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });

        foreach (var url in new[] { "/", "/priorities/connected-engaged-and-inclusive-communities", SeededInitiativePageTests.Path, path })
        {
            await page.GotoAsync(baseUrl + url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px too wide");
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task In_print_the_search_forms_breadcrumbs_and_filter_are_left_out_and_the_content_stays()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var page = await browser.Browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        await page.GotoAsync(baseUrl + SeededInitiativePageTests.Path);

        Assert.False(await page.Locator("form.site-search").IsVisibleAsync());
        Assert.False(await page.Locator("nav.breadcrumbs").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).IsVisibleAsync());
        Assert.True(await page.Locator("table.measure-data").IsVisibleAsync());
        await page.CloseAsync();
    }

    /// <summary>Presses Tab until the focused element is the link named <paramref name="name"/>; fails if it never is.</summary>
    private static async Task TabToAsync(IPage page, string name)
    {
        // The longest path to a link here passes the skip link, the header search and a few cards.
        const int MaxTabs = 60;
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("document.activeElement.tagName + '|' + document.activeElement.textContent.trim()");
            if (focused == $"A|{name}")
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached the link \"{name}\".");
    }
}

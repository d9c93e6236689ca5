using Deque.AxeCore.Playwright;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Editors;

/// <summary>The editors in Chromium with their script: the WYSIWYG, the series table, and axe on the editor page.</summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class EditorBrowserTests(BrowserFixture browser)
{
    private static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseUrl + "/login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "Test-admin-password-1");
        await Task.WhenAll(page.WaitForURLAsync(baseUrl + "/admin**"), page.ClickAsync("button[type=submit]"));
        return page;
    }

    private static string Violations(Deque.AxeCore.Commons.AxeResult axe) =>
        string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})"));

    [Fact]
    public async Task An_editor_rewrites_a_status_update_in_the_wysiwyg_adds_a_measure_row_and_saves_and_axe_finds_no_violations()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var update = await site.FirstAsync("StatusUpdate");
        var measure = await site.FindAsync("KeyMeasure", "Engaged City Attendees");
        var page = await SignInAsync(browser.Browser, baseUrl);

        // The status update: the WYSIWYG mounts over the HTML text area, formats, and writes back into it.
        await page.GotoAsync($"{baseUrl}/admin/contents/{update.ContentItemId}/edit");
        var editable = page.Locator("#StatusUpdate_WhatWeHaveBeenDoing_Html.ProseMirror");
        await editable.WaitForAsync();
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, Violations(axe));

        await editable.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("We opened two new resource centers");
        for (var i = 0; i < "resource centers".Length; i++)
        {
            await page.Keyboard.PressAsync("Shift+ArrowLeft");
        }

        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting for What have we been doing?" });
        var bold = toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" });
        await bold.ClickAsync();
        await Assertions.Expect(bold).ToHaveAttributeAsync("aria-pressed", "true");
        await Task.WhenAll(page.WaitForURLAsync($"**/admin/contents/{update.ContentItemId}/edit"), page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync());
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as a draft" }).WaitForAsync();

        var html = (await site.LatestAsync(update.ContentItemId)).GetPartJson("StatusUpdate")!["WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>();
        Assert.Equal("<p>We opened two new <strong>resource centers</strong></p>", html);

        // A refused save: the summary takes focus, links to the field, and the page still passes axe.
        await page.GetByLabel("Reporting period").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal(1, await page.Locator("#error-summary a[href='#StatusUpdate_Period_Text']").CountAsync());
        Assert.Equal("<p>We opened two new <strong>resource centers</strong></p>", await page.InputValueAsync("textarea[name='StatusUpdate.WhatWeHaveBeenDoing.Html']"));
        axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, Violations(axe));

        // The measure: a row added in the page, typed into, moved up with the keyboard, and saved.
        await page.GotoAsync($"{baseUrl}/admin/contents/{measure.ContentItemId}/edit");
        var rows = page.Locator("[data-series-table] tbody tr[data-row]");
        var before = await rows.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a row" }).ClickAsync();
        Assert.Equal(before + 1, await rows.CountAsync());
        Assert.Equal($"Row {before + 1} period", await page.EvaluateAsync<string>("document.activeElement.labels[0].textContent"));
        await page.Keyboard.TypeAsync("2024-01");
        await page.GetByLabel($"Row {before + 1} value").FillAsync("41");
        axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, Violations(axe));
        await Task.WhenAll(page.WaitForURLAsync($"**/admin/contents/{measure.ContentItemId}/edit"), page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync());
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as a draft" }).WaitForAsync();

        var points = (await site.LatestAsync(measure.ContentItemId)).GetPartJson("KeyMeasure")!["Series"]!["Points"]!.AsArray();
        Assert.Equal(7, points.Count);
        Assert.Equal("2024-01", points[6]!["Period"]!.GetValue<string>());
        Assert.Equal(41m, points[6]!["Value"]!.GetValue<decimal>());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_markdown_preview_shows_in_place_without_leaving_the_page()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.DefineSampleTypeAsync();
        var page = await SignInAsync(browser.Browser, baseUrl);
        await page.GotoAsync($"{baseUrl}/admin/contents/create/{EditorPages.SampleType}");
        await page.EvaluateAsync("window.stillHere = true");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Summary", Exact = true }).FillAsync("Some **bold** text <script>window.ran = true</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview Summary" }).ClickAsync();
        var preview = page.Locator("#EditorSample_Summary_Markdown-preview");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("bold");

        Assert.True(await page.EvaluateAsync<bool>("window.stillHere === true"));
        Assert.False(await page.EvaluateAsync<bool>("window.ran === true"));
        Assert.Equal(0, await preview.Locator("script").CountAsync());
        Assert.Equal("Some **bold** text <script>window.ran = true</script>", await page.GetByRole(AriaRole.Textbox, new() { Name = "Summary", Exact = true }).InputValueAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Series_rows_move_with_the_keyboard_and_keep_their_names_in_order()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        var measure = await site.FindAsync("KeyMeasure", "Engaged City Attendees");
        var page = await SignInAsync(browser.Browser, baseUrl);
        await page.GotoAsync($"{baseUrl}/admin/contents/{measure.ContentItemId}/edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Up (row 2)" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("2023-08", await page.InputValueAsync("[name='KeyMeasure.Series.Points[0].Period']"));
        Assert.Equal("2023-07", await page.InputValueAsync("[name='KeyMeasure.Series.Points[1].Period']"));
        Assert.Equal("Up (row 1)", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.CloseAsync();
    }
}

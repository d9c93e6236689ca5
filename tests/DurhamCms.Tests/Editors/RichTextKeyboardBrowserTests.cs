using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Editors;

/// <summary>
/// The rich-text editor by keyboard: the toolbar is one Tab stop with arrow keys inside it, Tab
/// leaves a list item (Ctrl+] indents, as the hint says), the link dialog finds our own pages,
/// and a table built in the editor reaches the resident's page with its header scope.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
public sealed class RichTextKeyboardBrowserTests(BrowserFixture browser)
{
    private const string Editable = "#StatusUpdate_WhatWeHaveBeenDoing_Html.ProseMirror";
    private const string ToolbarName = "Formatting for What have we been doing?";

    private static Task<string> ActiveAsync(IPage page) =>
        page.EvaluateAsync<string>("(document.activeElement.id || document.activeElement.textContent || '').trim()");

    [Fact]
    public async Task The_toolbar_is_one_tab_stop_and_tab_leaves_a_list_item_while_ctrl_bracket_indents_it()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Start");
        var page = await browser.SignInAsync(baseUrl, "alice");
        await page.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        var editable = page.Locator(Editable);
        await editable.WaitForAsync();

        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = ToolbarName });
        Assert.Equal(1, await toolbar.Locator("button[tabindex='0']").CountAsync());
        Assert.True(await toolbar.Locator("button").CountAsync() > 10);

        // Into the toolbar by Tab (one stop), along it by arrows, and out by one more Tab to the text.
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Italic", await ActiveAsync(page));
        await page.Keyboard.PressAsync("End");
        var last = await ActiveAsync(page);
        Assert.Equal(await toolbar.Locator("button").Last.InnerTextAsync(), last);
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Bold", await ActiveAsync(page));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(last, await ActiveAsync(page));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("Bold", await ActiveAsync(page));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("StatusUpdate_WhatWeHaveBeenDoing_Html", await ActiveAsync(page));
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("Italic", await ActiveAsync(page));

        // The hint that tells the keys is tied to the editable.
        var describedBy = await editable.GetAttributeAsync("aria-describedby") ?? "";
        Assert.Contains("StatusUpdate_WhatWeHaveBeenDoing_Html-keys", describedBy, StringComparison.Ordinal);
        Assert.Contains("Ctrl+]", await page.Locator("#StatusUpdate_WhatWeHaveBeenDoing_Html-keys").InnerTextAsync(), StringComparison.Ordinal);

        // A list: Ctrl+] indents the second item, Ctrl+[ brings it back, Tab leaves the editor.
        await editable.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("- First");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Second");
        await page.Keyboard.PressAsync("Control+BracketRight");
        Assert.Equal(1, await editable.Locator("li li").CountAsync());
        await page.Locator("[role=status]").Filter(new() { HasText = "Indented." }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Keyboard.PressAsync("Control+BracketLeft");
        Assert.Equal(0, await editable.Locator("li li").CountAsync());
        await page.Keyboard.PressAsync("Control+BracketRight");
        Assert.Equal(1, await editable.Locator("li li").CountAsync());

        await page.Keyboard.PressAsync("Tab");
        Assert.NotEqual("StatusUpdate_WhatWeHaveBeenDoing_Html", await ActiveAsync(page));
        Assert.Equal(1, await editable.Locator("li li").CountAsync());
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("StatusUpdate_WhatWeHaveBeenDoing_Html", await ActiveAsync(page));
        Assert.Equal(1, await editable.Locator("li li").CountAsync());

        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_link_dialog_finds_a_page_by_number_traps_focus_closes_on_escape_and_links_to_the_public_page()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "See the initiative");
        var page = await browser.SignInAsync(baseUrl, "alice");
        await page.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        var editable = page.Locator(Editable);
        await editable.WaitForAsync();
        var link = page.GetByRole(AriaRole.Toolbar, new() { Name = ToolbarName }).GetByRole(AriaRole.Button, new() { Name = "Link" });

        // Esc closes the dialog and focus goes back to the Link button.
        await link.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Link" });
        await dialog.WaitForAsync();
        Assert.Equal("Find one of our pages by number or title", await page.EvaluateAsync<string>("document.activeElement.labels[0].textContent"));
        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("Link", await ActiveAsync(page));

        // Select the words, open the dialog, find 3.11 by its number, choose it.
        await editable.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await link.ClickAsync();
        await dialog.WaitForAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(page);
        await page.Keyboard.TypeAsync("3.11");
        var result = dialog.GetByRole(AriaRole.Button, new() { Name = "3.11 " + SeededPlan.Title311 });
        await result.WaitForAsync();

        // Focus stays in the dialog: Tab through everything comes back round to the search.
        var seen = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("!!document.activeElement.closest('dialog')"), $"focus left the dialog after {i + 1} Tab(s)");
            seen.Add(await ActiveAsync(page));
        }

        Assert.Contains(seen, s => s.StartsWith("link-dialog-", StringComparison.Ordinal) && s.EndsWith("-search", StringComparison.Ordinal));

        await result.ClickAsync();
        Assert.Equal(SeededInitiativePageTests.Path, await dialog.GetByLabel("Or the link address").InputValueAsync());
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Insert link" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(SeededInitiativePageTests.Path, await editable.Locator("a").GetAttributeAsync("href"));

        // A bad address is refused in the dialog with a message, and nothing changes.
        await link.ClickAsync();
        await dialog.WaitForAsync();
        await dialog.GetByLabel("Or the link address").FillAsync("javascript:alert(1)");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Insert link" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Alert).Filter(new() { HasText = "must start with" }).WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        Assert.Equal(SeededInitiativePageTests.Path, await editable.Locator("a").GetAttributeAsync("href"));

        await Task.WhenAll(page.WaitForURLAsync($"**/admin/contents/{id}/edit"), page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync());
        var html = (await site.LatestAsync(id)).GetPartJson("StatusUpdate")!["WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>();
        Assert.Contains($"href=\"{SeededInitiativePageTests.Path}\"", html, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_table_built_in_the_editor_reaches_the_public_page_with_its_header_scope()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Calls answered");
        var page = await browser.SignInAsync(baseUrl, "alice");
        await page.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        var editable = page.Locator(Editable);
        await editable.WaitForAsync();
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = ToolbarName });

        await editable.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        Assert.Equal("true", await toolbar.GetByRole(AriaRole.Button, new() { Name = "Add row" }).GetAttributeAsync("aria-disabled"));
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Insert table" }).ClickAsync();
        Assert.Equal(3, await editable.Locator("table tr").CountAsync());
        Assert.Equal(3, await editable.Locator("table th[scope=col]").CountAsync());
        await page.Keyboard.TypeAsync("Month");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.TypeAsync("Calls");
        await page.Keyboard.PressAsync("ArrowRight");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Delete column" }).ClickAsync();
        Assert.Equal(2, await editable.Locator("table th").CountAsync());
        await editable.Locator("table td").First.ClickAsync();
        await page.Keyboard.TypeAsync("July");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.TypeAsync("412");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Add row" }).ClickAsync();
        Assert.Equal(4, await editable.Locator("table tr").CountAsync());
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Add column" }).ClickAsync();
        Assert.Equal(3, await editable.Locator("table th").CountAsync());
        await editable.Locator("table th").Nth(2).ClickAsync();
        await page.Keyboard.TypeAsync("Note");
        await BrowserFixture.AssertNoAxeViolationsAsync(page);

        await Task.WhenAll(page.WaitForURLAsync($"**/admin/contents/{id}/edit"), page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync());
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as a draft" }).WaitForAsync();
        var html = (await site.LatestAsync(id)).GetPartJson("StatusUpdate")!["WhatWeHaveBeenDoing"]!["Html"]!.GetValue<string>();
        Assert.Contains("<th scope=\"col\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("colgroup", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);

        // Reviewed and published the usual way; the resident sees the table on the initiative page.
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);
        Assert.True((await site.TransitionAsync("erin", id, "Approve")).Succeeded);
        var published = await site.TransitionAsync("erin", id, "Publish");
        Assert.True(published.Succeeded, published.Error);

        var resident = await browser.Browser.NewPageAsync();
        await resident.GotoAsync(baseUrl + SeededInitiativePageTests.Path);
        var table = resident.Locator("table").Filter(new() { Has = resident.Locator("th").GetByText("Month", new() { Exact = true }) });
        Assert.Equal(["Month", "Calls", "Note"], await table.Locator("th[scope=col]").AllInnerTextsAsync());
        Assert.Equal("412", (await table.Locator("td").AllInnerTextsAsync())[1]);
        await resident.CloseAsync();
        await page.Context.CloseAsync();
    }
}

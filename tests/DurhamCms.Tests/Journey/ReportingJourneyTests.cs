using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Journey;

/// <summary>
/// The reporting cycle in Chromium, on a real Kestrel port, with the SMTP server on 127.0.0.1 and
/// the site on a fake clock: the Administrator makes alice a measure's owner; the clock moves to
/// three days before the month's due date and alice gets the reminder email; she follows its link,
/// enters the value and submits it; the Editor approves and publishes; the period is locked, and a
/// changed value is refused with the reason on the page; the Editor unlocks it with a reason,
/// which the audit trail keeps. Once with the mouse, once with the keyboard alone. Every page the
/// journey visits passes axe and fits 1280, 375 and 320 CSS px without sideways scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
[Trait(Category.Name, Category.Slow)]
public sealed partial class ReportingJourneyTests(BrowserFixture browser)
{
    private const string LinkBase = "https://plan.example";
    private static readonly int[] Widths = [1280, 375, 320];

    private const string Overflow = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(-4)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
          return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth} (${wide.join(', ')})`;
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_owner_is_reminded_reports_the_value_it_is_published_and_locked_and_an_Editor_unlocks_it_with_an_audited_reason(bool keyboardOnly)
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        var settings = smtp.SiteSettings();
        // The sweep runs when the test says, after it moves the clock; links name the public host.
        settings["DurhamCms:Reporting:RemindersEnabled"] = "false";
        settings["DurhamCms:Smtp:LinkBaseUrl"] = LinkBase;
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Settings = settings, Clock = clock });
        var baseUrl = site.StartOnKestrel();
        await site.CreateCastAsync();
        var measureTitle = (await site.LatestAsync(SeededPlan.Measure311)).DisplayText!;
        var failures = new List<string>();

        // The Administrator makes alice the owner of 3.11's key measure.
        var admin = await SignInAsync(baseUrl, "admin", TestSite.AdminPassword, keyboardOnly);
        var hands = new Hands(keyboardOnly);
        await admin.GotoAsync(baseUrl + ReportingOwnersController.PageUrl);
        await CheckPageAsync(admin, failures);
        await hands.FillAsync(admin.GetByLabel("Owner (a user name)"), "alice");
        await hands.PressAsync(admin.Locator($"#item-{SeededPlan.Measure311}"), "Space");
        await Task.WhenAll(admin.WaitForURLAsync("**" + ReportingOwnersController.PageUrl), hands.PressAsync(admin.GetByRole(AriaRole.Button, new() { Name = "Assign to the ticked items" }), "Enter"));
        // The redirect comes back to the same address: wait for the new owner, not for the URL.
        await Assertions.Expect(admin.Locator("tr").Filter(new() { Has = admin.Locator($"#item-{SeededPlan.Measure311}") })).ToContainTextAsync("alice");

        // The clock moves to three days before the due date of the month it stood in.
        var (period, label, due) = await site.InScopeAsync(async sp =>
        {
            var calendar = sp.GetRequiredService<ReportingCalendar>();
            var month = calendar.Containing(ReportingFrequency.Monthly, await calendar.TodayAsync());
            return (month.Key, month.Period.Label, month.Due);
        });
        clock.SetUtcNow(new DateTimeOffset(due.AddDays(-3).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero));
        await site.InScopeAsync(sp => sp.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None));

        var mail = Assert.Single(await smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "alice@example.test") && m.Subject?.Contains(label, StringComparison.Ordinal) == true));
        var link = FormLink().Match(mail.HtmlBody ?? "");
        Assert.True(link.Success, "no link to the period's form in: " + mail.HtmlBody);
        var path = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
        Assert.Equal($"{ReportingUrls.Enter}/{SeededPlan.Measure311}?period={period}", path);

        // alice follows the link (to this test's port rather than the public host) and submits the value.
        var alice = await SignInAsync(baseUrl, "alice", TestUsers.Password, keyboardOnly);
        await alice.GotoAsync(baseUrl + path);
        await CheckPageAsync(alice, failures);
        await hands.FillAsync(alice.GetByLabel($"Value for {label} of"), "24");
        await Task.WhenAll(alice.WaitForURLAsync("**" + ReportingUrls.Enter + "/**"), hands.PressAsync(alice.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }), "Enter"));
        await alice.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved and submitted for review" }).WaitForAsync();
        await CheckPageAsync(alice, failures);

        // The Editor approves it in the review queue and publishes it from the editor.
        var erin = await SignInAsync(baseUrl, "erin", TestUsers.Password, keyboardOnly);
        await erin.GotoAsync(baseUrl + "/admin/review");
        await CheckPageAsync(erin, failures);
        var card = erin.Locator("li.card").Filter(new() { HasText = measureTitle });
        await Task.WhenAll(erin.WaitForURLAsync("**/admin/review"), hands.PressAsync(card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).First, "Enter"));
        await erin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Approved" }).WaitForAsync();
        await erin.GotoAsync(baseUrl + EditorPages.EditUrl(SeededPlan.Measure311));
        await CheckPageAsync(erin, failures);
        await Task.WhenAll(erin.WaitForURLAsync("**" + EditorPages.EditUrl(SeededPlan.Measure311)), hands.PressAsync(erin.GetByRole(AriaRole.Button, new() { Name = "Publish now" }), "Enter"));
        await erin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" }).WaitForAsync();

        // The period is locked: the form shows it, and a changed value in the editor is refused on the page.
        await alice.GotoAsync(baseUrl + path);
        await alice.GetByText("Locked: approved and published").WaitForAsync();
        await alice.GotoAsync(baseUrl + EditorPages.EditUrl(SeededPlan.Measure311));
        var row = alice.Locator("[data-series-table] tbody tr[data-row]").Filter(new() { Has = alice.Locator($"input[value='{period}']") });
        await hands.FillAsync(row.GetByLabel(ValueLabel()), "25");
        await Task.WhenAll(alice.WaitForLoadStateAsync(), hands.PressAsync(alice.GetByRole(AriaRole.Button, new() { Name = "Save draft" }), "Enter"));
        // The page's alert, not the autosave status: leaving the field by Tab autosaves, and that refusal says the same.
        await alice.GetByRole(AriaRole.Alert).Filter(new() { HasText = $"The value for {label} was approved and published, so it is locked" }).First.WaitForAsync();
        await CheckPageAsync(alice, failures);

        // The Editor unlocks the period with a reason; the audit trail keeps who, when and why.
        const string Reason = "The count missed the late sign-in sheets.";
        await erin.GotoAsync(baseUrl + path);
        await CheckPageAsync(erin, failures);
        await hands.FillAsync(erin.GetByLabel($"Why unlock {label} of"), Reason);
        await Task.WhenAll(erin.WaitForURLAsync("**" + ReportingUrls.Enter + "/**"), hands.PressAsync(erin.GetByRole(AriaRole.Button, new() { Name = $"Unlock {label}" }), "Enter"));
        await erin.GetByRole(AriaRole.Status).Filter(new() { HasText = "is unlocked until the measure is next published" }).WaitForAsync();
        await erin.GotoAsync($"{baseUrl}/admin/audit?item={SeededPlan.Measure311}");
        await CheckPageAsync(erin, failures);
        var unlocked = erin.Locator("main table tbody tr").Filter(new() { HasText = PeriodLocks.AuditName });
        Assert.Contains(Reason, await unlocked.InnerTextAsync(), StringComparison.Ordinal);

        // Unlocked, alice's corrected value is taken.
        await alice.GotoAsync(baseUrl + EditorPages.EditUrl(SeededPlan.Measure311));
        row = alice.Locator("[data-series-table] tbody tr[data-row]").Filter(new() { Has = alice.Locator($"input[value='{period}']") });
        await hands.FillAsync(row.GetByLabel(ValueLabel()), "25");
        await Task.WhenAll(alice.WaitForURLAsync("**" + EditorPages.EditUrl(SeededPlan.Measure311)), hands.PressAsync(alice.GetByRole(AriaRole.Button, new() { Name = "Save draft" }), "Enter"));
        await alice.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as a draft" }).WaitForAsync();

        Assert.True(failures.Count == 0, $"{failures.Count} problems:\n" + string.Join("\n", failures));
        foreach (var page in new[] { admin, alice, erin })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignInAsync(string baseUrl, string userName, string password, bool keyboardOnly)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var hands = new Hands(keyboardOnly);
        await page.GotoAsync(baseUrl + "/login");
        await hands.FillAsync(page.Locator("#UserName"), userName);
        await hands.FillAsync(page.Locator("#Password"), password);
        await Task.WhenAll(page.WaitForURLAsync(baseUrl + "/admin**"), hands.PressAsync(page.Locator("button[type=submit]"), "Enter"));
        return page;
    }

    /// <summary>axe and sideways scrolling at each width; the page is left at 1280 px.</summary>
    private static async Task CheckPageAsync(IPage page, List<string> failures)
    {
        var url = new Uri(page.Url).PathAndQuery;
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            if (await page.EvaluateAsync<string?>(Overflow) is { } overflow)
            {
                failures.Add($"{url} at {width}px: {overflow}");
            }

            var axe = await page.RunAxe();
            failures.AddRange(axe.Violations.Select(v => $"{url} at {width}px: axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})"));
        }

        await page.SetViewportSizeAsync(1280, 900);
    }

    /// <summary>
    /// Acts with the mouse, or with the keyboard alone: Tab (or Shift+Tab) until the target has
    /// the focus, then the key a keyboard user would press. Nothing is focused by script. The keys
    /// go to the target's own page: three people's windows are open, and keys pressed in one
    /// while focus is watched in another never arrive (the cause of the keyboard run's old
    /// "focus stays on body": alice's fields were tabbed to in erin's window).
    /// </summary>
    private sealed class Hands(bool keyboardOnly)
    {
        public async Task FillAsync(ILocator target, string text)
        {
            if (!keyboardOnly)
            {
                await target.FillAsync(text);
                return;
            }

            var page = await TabToAsync(target);
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync(text);
        }

        /// <summary>Clicks, or tabs to the target and presses the key (Enter for a button, Space for a checkbox).</summary>
        public async Task PressAsync(ILocator target, string key)
        {
            if (!keyboardOnly)
            {
                await target.ClickAsync();
                return;
            }

            var page = await TabToAsync(target);
            await page.Keyboard.PressAsync(key);
        }

        private static async Task<IPage> TabToAsync(ILocator target)
        {
            var page = target.Page;
            await page.BringToFrontAsync();
            await target.WaitForAsync();
            var trail = new List<string>();
            for (var i = 0; i < 1000; i++)
            {
                string where;
                try
                {
                    // Resolved afresh each time (a handle can outlive the document it came from).
                    where = await target.EvaluateAsync<string>(
                        "t => (t === document.activeElement ? 'here' : (document.activeElement && document.activeElement !== document.body && (document.activeElement.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING)) ? 'back' : 'on') + ' ' + document.activeElement.outerHTML.slice(0, 120)");
                }
                catch (PlaywrightException e)
                {
                    throw new InvalidOperationException($"Tabbing to {target} on {page.Url}: {e.Message}; focus went {string.Join(" | ", trail.TakeLast(4))}", e);
                }

                trail.Add(where);
                where = where[..where.IndexOf(' ', StringComparison.Ordinal)];
                if (where == "here")
                {
                    return page;
                }

                await page.Keyboard.PressAsync(where == "back" ? "Shift+Tab" : "Tab");
            }

            throw new InvalidOperationException($"Tab never reached {target} on {page.Url}; focus went {string.Join(" | ", trail.TakeLast(6))}");
        }
    }

    [GeneratedRegex("href=\"" + LinkBase + "([^\"]+)\"")]
    private static partial Regex FormLink();

    [GeneratedRegex(@"^Row \d+ value$")]
    private static partial Regex ValueLabel();
}

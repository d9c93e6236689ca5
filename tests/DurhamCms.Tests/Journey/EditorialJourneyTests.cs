using System.Text.RegularExpressions;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using DurhamCms.Tests.Workflows;
using Microsoft.Playwright;

namespace DurhamCms.Tests.Journey;

/// <summary>
/// The whole editorial journey in Chromium, on a real Kestrel port, with a real SMTP server on
/// 127.0.0.1: an Author writes and submits a status update for initiative 3.11, an Editor asks
/// for changes, the Author revises and resubmits, the Editor approves and publishes, a resident
/// reads it; every step's email arrives and the audit trail lists every step.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
[Trait(Category.Name, Category.Slow)]
public sealed partial class EditorialJourneyTests(BrowserFixture browser)
{
    private const string Title = "Q3 update: listening sessions";
    private const string FirstText = "We held three listening sessions";
    private const string Revision = " in Walltown, East Durham and Braggtown.";
    private const string ChangesComment = "Please name the three neighbourhoods.";

    [Fact]
    public async Task An_update_goes_from_an_authors_draft_through_review_to_the_public_initiative_page_with_email_and_audit_at_each_step()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(settings: smtp.SiteSettings());
        var baseUrl = site.StartOnKestrel();
        await site.CreateUserAsync("alice", "Author");
        await site.CreateUserAsync("erin", "Editor");

        // The Author writes a new status update for 3.11 and submits it.
        var author = await browser.SignInAsync(baseUrl, "alice");
        await author.GotoAsync(baseUrl + "/admin/contents/create/StatusUpdate");
        await author.FillAsync("#TitlePart_Title", Title);
        await author.SelectOptionAsync("#StatusUpdate_Initiative_ContentItemIds", SeededPlan.Initiative311);
        await author.FillAsync("#StatusUpdate_Period_Text", "FY2026 Q3");
        await author.SelectOptionAsync("#StatusUpdate_Status_Text", "In Progress");
        var doing = author.Locator("#StatusUpdate_WhatWeHaveBeenDoing_Html.ProseMirror");
        await doing.WaitForAsync();
        await doing.ClickAsync();
        await author.Keyboard.TypeAsync(FirstText);
        await author.FillAsync("#TransitionComment", "First draft of the Q3 update");
        await Task.WhenAll(author.WaitForURLAsync("**/admin/contents/*/edit"), author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync());
        var id = EditUrl().Match(author.Url).Groups[1].Value;
        await author.GetByRole(AriaRole.Status).Filter(new() { HasText = "In review" }).WaitForAsync();
        Assert.Equal(0, await author.GetByRole(AriaRole.Button, new() { Name = "Publish" }).CountAsync());

        // The Editor finds it in the review queue and asks for changes.
        var editor = await browser.SignInAsync(baseUrl, "erin");
        await editor.GotoAsync(baseUrl + "/admin/review");
        await BrowserFixture.AssertNoAxeViolationsAsync(editor);
        var card = editor.Locator("li.card").Filter(new() { HasText = Title });
        Assert.Contains("alice", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("First draft of the Q3 update", await card.InnerTextAsync(), StringComparison.Ordinal);
        await card.GetByLabel($"Comment for “{Title}”").FillAsync(ChangesComment);
        await Task.WhenAll(editor.WaitForURLAsync("**/admin/review"), card.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync());
        await editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Changes requested" }).WaitForAsync();

        // The Author sees the comment (bell, notifications, editor), revises and resubmits.
        await author.GotoAsync(baseUrl + "/admin/notifications");
        Assert.Equal("1", await author.Locator(".admin-bell").GetAttributeAsync("data-unread"));
        Assert.Contains(ChangesComment, await author.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertNoAxeViolationsAsync(author);
        await author.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        Assert.Contains(ChangesComment, await author.GetByRole(AriaRole.Note).InnerTextAsync(), StringComparison.Ordinal);
        doing = author.Locator("#StatusUpdate_WhatWeHaveBeenDoing_Html.ProseMirror");
        await doing.WaitForAsync();
        await doing.ClickAsync();
        await author.Keyboard.PressAsync("Control+End");
        await author.Keyboard.TypeAsync(Revision);
        await author.FillAsync("#TransitionComment", "Named them.");
        await Task.WhenAll(author.WaitForURLAsync($"**/admin/contents/{id}/edit"), author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync());
        await author.GetByRole(AriaRole.Status).Filter(new() { HasText = "In review" }).WaitForAsync();

        // The Editor approves in the queue, then publishes from the editor.
        await editor.GotoAsync(baseUrl + "/admin/review");
        card = editor.Locator("li.card").Filter(new() { HasText = Title });
        await Task.WhenAll(editor.WaitForURLAsync("**/admin/review"), card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync());
        await editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Approved" }).WaitForAsync();
        Assert.Contains(Title, await editor.Locator("#approved + p + ul").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.AssertNoAxeViolationsAsync(editor);
        await editor.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        await Task.WhenAll(editor.WaitForURLAsync($"**/admin/contents/{id}/edit"), editor.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync());
        await editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" }).WaitForAsync();

        // A resident, signed out, reads it on the initiative page.
        var residentContext = await browser.Browser.NewContextAsync();
        var resident = await residentContext.NewPageAsync();
        await resident.GotoAsync(baseUrl + SeededInitiativePageTests.Path);
        var doingSections = resident.Locator("section, article, div").Filter(new() { Has = resident.GetByRole(AriaRole.Heading, new() { Name = "What have we been doing?" }) });
        Assert.Contains(FirstText + Revision, string.Join("\n", await doingSections.AllInnerTextsAsync()), StringComparison.Ordinal);

        // Every step's email reached the SMTP server.
        await smtp.WaitForAsync(m => To(m, "erin") && m.Subject == "Submit for review: " + Title, count: 2);
        await smtp.WaitForAsync(m => To(m, "alice") && m.Subject == "Changes requested: " + Title && (m.HtmlBody ?? "").Contains(ChangesComment, StringComparison.Ordinal));
        await smtp.WaitForAsync(m => To(m, "alice") && m.Subject == "Approve: " + Title);
        await smtp.WaitForAsync(m => To(m, "alice") && m.Subject == "Publish now: " + Title);

        // The audit trail lists each step, with the comment.
        await editor.GotoAsync($"{baseUrl}/admin/audit?item={id}");
        // Read the rows, not the page: the event filter's options name every event too.
        var events = await editor.Locator("main table tbody tr td:nth-child(2) strong").AllInnerTextsAsync();
        foreach (var step in new[] { "Created", "Submitted", "ChangesRequested", "Approved", "Published" })
        {
            Assert.Contains(step, events);
        }

        Assert.Contains(ChangesComment, await editor.Locator("main table tbody").InnerTextAsync(), StringComparison.Ordinal);
        await residentContext.CloseAsync();
    }

    private static bool To(MimeKit.MimeMessage message, string user) =>
        message.To.Mailboxes.Any(a => a.Address == $"{user}@example.test");

    [GeneratedRegex("/admin/contents/([^/]+)/edit")]
    private static partial Regex EditUrl();
}

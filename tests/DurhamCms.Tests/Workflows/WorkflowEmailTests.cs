using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>Email through the outbox to a real SMTP server, and the Liquid templates.</summary>
public sealed class WorkflowEmailTests
{
    [Fact]
    public async Task A_submission_while_the_mail_server_is_down_saves_and_its_email_arrives_once_the_server_is_up()
    {
        await using var smtp = new TestSmtpServer();
        await using var site = new TestSite(settings: smtp.SiteSettings());
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Sent while the mail server was down.");

        var submitted = await site.TransitionAsync("alice", id, "Submit", "Please review");
        Assert.True(submitted.Succeeded, submitted.Error);
        Assert.Equal("InReview", (await site.StatusAsync(id))?.State);

        await Polling.EventuallyAsync(
            async () => (await OutboxAsync(site)).Any(m => m.To == "erin@example.test" && m.Attempts >= 1 && m.LastError is not null && m.SentUtc is null),
            TimeSpan.FromSeconds(20),
            "a failed first attempt noted in the outbox");

        smtp.Start();
        var mail = Assert.Single(await smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "erin@example.test")));
        Assert.StartsWith("Submit for review: ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Please review", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/admin/contents/{id}/edit", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("dashboard@durhamnc.example", mail.From.Mailboxes.Single().Address);

        var row = Assert.Single(await OutboxAsync(site), m => m.To == "erin@example.test");
        Assert.NotNull(row.SentUtc);
        Assert.True(row.Attempts >= 2, $"{row.Attempts} attempts");
    }

    [Fact]
    public async Task Changes_requested_reach_the_author_with_the_recipes_template_and_the_comment_encoded()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(settings: smtp.SiteSettings());
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Template test.");
        await site.TransitionAsync("alice", id, "Submit");

        Assert.True((await site.TransitionAsync("erin", id, "RequestChanges", "<script>alert(1)</script> & name the sessions")).Succeeded);

        var mail = Assert.Single(await smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "alice@example.test")));
        Assert.StartsWith("Changes requested: ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; name the sessions", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Edit it and submit it again", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_smtp_host_no_email_is_queued_but_the_notification_is_kept()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "No mail server configured.");
        Assert.True((await site.TransitionAsync("alice", id, "Submit")).Succeeded);

        Assert.Empty(await OutboxAsync(site));
        var notified = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<NotificationRecord>().Select(n => n.UserName).ToListAsync());
        Assert.Contains("erin", notified);
        Assert.DoesNotContain("alice", notified);
    }

    [Fact]
    public async Task The_default_templates_encode_values_in_the_body_and_keep_the_subject_plain()
    {
        var renderer = new EmailTemplateRenderer();
        var email = await renderer.RenderAsync(EmailTemplateRenderer.DefaultSubject, EmailTemplateRenderer.DefaultBody, new Dictionary<string, string?>
        {
            ["TransitionLabel"] = "Approve",
            ["ItemTitle"] = "Parks & <b>Rec</b>",
            ["Actor"] = "erin",
            ["Comment"] = "Looks \"great\" <img src=x onerror=alert(1)>",
            ["Url"] = "https://example.test/admin/contents/x/edit",
        });

        Assert.Equal("Approve: Parks & <b>Rec</b>", email.Subject);
        Assert.Contains("Parks &amp; &lt;b&gt;Rec&lt;/b&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("It will be published", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Looks \"great\"", email.TextBody, StringComparison.Ordinal);
        Assert.NotNull(renderer.ParseError("{% if %}"));
    }

    private static Task<List<OutboxMessageRecord>> OutboxAsync(TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().AsNoTracking().ToListAsync());
}

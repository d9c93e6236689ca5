using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Email;
using DurhamCms.Workflows.Models;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

public sealed class OutboxMessageIdTests
{
    [Fact]
    public async Task A_message_sent_again_after_a_crash_keeps_its_Message_ID_and_another_message_has_its_own()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Settings = smtp.SiteSettings() });
        var sender = site.Services.GetRequiredService<IMailSender>();
        var message = new OutboxMessageRecord { Id = 4207, To = "editor@durhamnc.example", Subject = "Review requested", HtmlBody = "<p>Please review</p>", TextBody = "Please review" };

        // The node sent it, then died before recording it as sent: the next claim sends it again.
        await sender.SendAsync(message, CancellationToken.None);
        await sender.SendAsync(message, CancellationToken.None);
        await sender.SendAsync(new OutboxMessageRecord { Id = 4208, To = "editor@durhamnc.example", Subject = "Other", TextBody = "Other" }, CancellationToken.None);

        var received = await smtp.WaitForAsync(_ => true, count: 3);
        Assert.Equal(["outbox-4207@durhamnc.example", "outbox-4207@durhamnc.example", "outbox-4208@durhamnc.example"], received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }
}

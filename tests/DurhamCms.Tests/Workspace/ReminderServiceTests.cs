using System.Net;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workspace;

/// <summary>The reminder service sweeps on the site's clock: moving a fake clock past its interval sends what is due.</summary>
public sealed class ReminderServiceTests
{
    [Fact]
    public async Task Moving_the_clock_past_the_sweep_interval_sends_the_due_reminders()
    {
        var clock = TestSiteOptions.FakeClock();
        await using var site = new TestSite(new TestSiteOptions { Clock = clock });
        await site.CreateCastAsync();
        using (var erin = await site.SignInAsync("erin"))
        {
            using var assigned = await erin.PostFormAsync(ReportingOwnersController.PageUrl, [new("ids", SeededPlan.Measure311), new("Owner", "alice"), new("Reporters", "")]);
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }

        // 10 March 2027: February's value is due on the 15th. The service waits out its hour on this clock.
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 17, 0, 0, TimeSpan.Zero));

        await Polling.EventuallyAsync(
            async () => (await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<NotificationRecord>()
                    .Where(n => n.UserName == "alice").Select(n => n.Url).ToListAsync()))
                .Any(url => url is not null && url.EndsWith("period=2027-02", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60),
            "alice's reminder for February 2027");
    }
}

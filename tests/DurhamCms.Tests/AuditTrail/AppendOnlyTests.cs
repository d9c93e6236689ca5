using DurhamCms.AuditTrail;
using DurhamCms.AuditTrail.Models;
using DurhamCms.AuditTrail.Services;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.AuditTrail;

public sealed class AppendOnlyTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task No_api_can_change_or_delete_a_recorded_event(string provider)
    {
        await using var site = new TestSite(provider);
        await site.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(
            new AuditEvent(AuditCategories.Content, "Published") { ContentItemId = "keptitem", Comment = "As approved." }));

        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var events = db.Set<AuditTrailEvent>();

            var tracked = await events.SingleAsync(e => e.ContentItemId == "keptitem");
            db.Entry(tracked).Property(e => e.Comment).CurrentValue = "Rewritten.";
            var update = await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            db.ChangeTracker.Clear();

            events.Remove(await events.SingleAsync(e => e.ContentItemId == "keptitem"));
            await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => events.Where(e => e.ContentItemId == "keptitem").ExecuteDeleteAsync());
            await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => events.ExecuteUpdateAsync(s => s.SetProperty(e => e.Comment, "Rewritten.")));
            await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditTrailEvent\""));
            await Assert.ThrowsAsync<AuditTrailAppendOnlyException>(() => db.Database.ExecuteSqlRawAsync("update AuditTrailEvent set Comment = 'x'"));
        });

        var row = Assert.Single(await AuditRows.ListAsync(site, "keptitem"));
        Assert.Equal("As approved.", row.Comment);
    }

    [Fact]
    public async Task Adding_events_still_works_beside_the_refusals()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var audit = sp.GetRequiredService<IAuditTrail>();
            await audit.RecordAsync(new AuditEvent(AuditCategories.User, "SignedIn") { UserName = "someone" });
            await audit.RecordAsync(new AuditEvent(AuditCategories.User, "SignedOut") { UserName = "someone" });
        });

        Assert.Equal(2, (await AuditRows.ListAsync(site)).Count(r => r.UserName == "someone"));
    }
}

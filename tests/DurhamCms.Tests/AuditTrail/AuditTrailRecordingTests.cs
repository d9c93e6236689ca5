using DurhamCms.AuditTrail;
using DurhamCms.AuditTrail.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.AuditTrail;

public sealed class AuditTrailRecordingTests
{
    private static readonly string[] ContentEventOrder = ["Created", "Saved", "Published", "Saved", "Unpublished", "Restored", "Cloned", "Removed"];

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Every_content_event_is_recorded_with_its_user_address_and_version(string provider)
    {
        await using var site = new TestSite(provider);
        await site.DefineArticleAsync();
        await site.CreateUserAsync("erin", "Editor");
        var (userId, firstVersion, restoredVersion, id, cloneId) = await site.InScopeAsync(async sp =>
        {
            var userId = await AuditRows.UserIdAsync(sp, "erin");
            AuditRows.ActAs(sp, "erin", userId);
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewArticleAsync("Street trees", "First words.");
            Assert.True((await cm.CreateAsync(item, VersionOptions.Draft)).Succeeded);
            var first = item.ContentItemVersionId;
            item.SetBody("Second words.");
            Assert.True((await cm.UpdateAsync(item)).Succeeded);
            await cm.PublishAsync(item);
            var draft = (await cm.GetAsync(item.ContentItemId, VersionOptions.DraftRequired))!;
            draft.SetBody("Third words.");
            Assert.True((await cm.UpdateAsync(draft)).Succeeded);
            await cm.UnpublishAsync(item);
            var restored = await cm.RestoreAsync(first);
            var clone = await cm.CloneAsync(restored);
            await cm.RemoveAsync(restored);
            return (userId, first, restored.ContentItemVersionId, item.ContentItemId, clone.ContentItemId);
        });

        var rows = (await AuditRows.ListAsync(site)).Where(r => r.Category == AuditCategories.Content && (r.ContentItemId == id || r.ContentItemId == cloneId)).ToList();

        Assert.Equal(ContentEventOrder, rows.Select(r => r.Name));
        Assert.All(rows, r =>
        {
            Assert.Equal("erin", r.UserName);
            Assert.Equal(userId, r.UserId);
            Assert.Equal("203.0.113.7", r.ClientAddress);
            Assert.Equal("Article", r.ContentType);
            Assert.Equal("Street trees", r.DisplayText);
            Assert.False(string.IsNullOrEmpty(r.ContentItemVersionId));
            Assert.True(r.CreatedUtc > DateTime.UtcNow.AddMinutes(-5) && r.CreatedUtc <= DateTime.UtcNow.AddSeconds(1));
        });
        Assert.Equal(firstVersion, rows[0].ContentItemVersionId);
        var restoredRow = rows.Single(r => r.Name == "Restored");
        Assert.Equal(restoredVersion, restoredRow.ContentItemVersionId);
        Assert.Equal($"Restored from version {firstVersion}.", restoredRow.Details);
        Assert.Equal(cloneId, rows.Single(r => r.Name == "Cloned").ContentItemId);
    }

    [Fact]
    public async Task A_workflow_event_keeps_its_comment_and_details()
    {
        await using var site = new TestSite();
        await site.CreateUserAsync("erin", "Editor");
        await site.InScopeAsync(async sp =>
        {
            AuditRows.ActAs(sp, "erin", await AuditRows.UserIdAsync(sp, "erin"));
            await sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditCategories.Content, "ChangesRequested")
            {
                ContentItemId = "4t9vr060w6qz0t17d1e5dyjbz4",
                ContentItemVersionId = "0000000000000000000000000v",
                ContentType = "StatusUpdate",
                DisplayText = "Q1 update",
                Comment = "Please name the training partner.",
                Details = "InReview → ChangesRequested",
            });
        });

        var row = Assert.Single(await AuditRows.ListAsync(site, "4t9vr060w6qz0t17d1e5dyjbz4"));
        Assert.Equal("ChangesRequested", row.Name);
        Assert.Equal("Please name the training partner.", row.Comment);
        Assert.Equal("InReview → ChangesRequested", row.Details);
        Assert.Equal("0000000000000000000000000v", row.ContentItemVersionId);
        Assert.Equal("erin", row.UserName);
    }

    [Fact]
    public async Task An_event_recorded_in_a_transaction_that_rolls_back_is_not_kept()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var audit = sp.GetRequiredService<IAuditTrail>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync(async () =>
            {
                await audit.RecordAsync(new AuditEvent(AuditCategories.Content, "Published") { ContentItemId = "rolledbackitem" });
                throw new InvalidOperationException("the change failed");
            }));
        });

        Assert.Empty(await AuditRows.ListAsync(site, "rolledbackitem"));
    }

    [Fact]
    public async Task Setup_imports_are_not_recorded_but_sign_ins_are_with_the_users_id()
    {
        await using var site = new TestSite();
        await site.CreateUserAsync("erin", "Editor");
        using var client = await site.SignInAsync("erin");
        using var wrong = site.Client();
        using var failed = await wrong.PostFormAsync("/login", [new("UserName", "erin"), new("Password", "not-it")]);

        var rows = await AuditRows.ListAsync(site);
        var erinId = await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<CmsUser>().Where(u => u.UserName == "erin").Select(u => u.Id).SingleAsync());

        Assert.DoesNotContain(rows, r => r.Name == "Imported");
        var signedIn = Assert.Single(rows, r => r.Name == "SignedIn");
        Assert.Equal("erin", signedIn.UserName);
        Assert.Equal(erinId, signedIn.UserId);
        Assert.Contains(rows, r => r.Name == "SignInFailed" && r.UserName == "erin" && r.Details == "wrong password");
    }

    [Fact]
    public async Task A_forwarded_for_header_is_not_taken_as_the_client_address_unless_the_host_trusts_its_proxy()
    {
        await using var site = new TestSite();
        await site.CreateUserAsync("erin", "Editor");
        using var client = site.Client();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        using var response = await client.PostFormAsync("/login", [new("UserName", "erin"), new("Password", TestUsers.Password)]);

        var row = Assert.Single(await AuditRows.ListAsync(site), r => r.Name == "SignedIn");
        Assert.NotEqual("198.51.100.9", row.ClientAddress);
    }

    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Values_longer_than_their_columns_are_cut_rather_than_failing_the_change()
    {
        await using var site = new TestSite(TestSite.PostgreSql);
        await site.InScopeAsync(sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(AuditCategories.Content, "Saved")
        {
            ContentItemId = "longitem",
            DisplayText = new string('x', 5000),
            Comment = new string('c', 10000),
        }));

        var row = Assert.Single(await AuditRows.ListAsync(site, "longitem"));
        Assert.Equal(AuditTrailEvent.DisplayTextLength, row.DisplayText!.Length);
        Assert.Equal(10000, row.Comment!.Length);
    }
}

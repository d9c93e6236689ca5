using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Parts.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.AdminList;

/// <summary>Content the admin list and dashboard tests create, owned by a named user, as the editor would store it.</summary>
public static class AdminContent
{
    public static Task<string> UserIdAsync(this TestSite site, string userName) => site.InScopeAsync(async sp =>
        (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);

    /// <summary>A status update of the seeded initiative 3.11, owned by <paramref name="owner"/>.</summary>
    public static async Task<string> AddUpdateAsync(this TestSite site, string owner, string title, string status = "In Progress", bool publish = false)
    {
        var ownerId = await site.UserIdAsync(owner);
        return await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(StatusUpdate.Type);
            item.Owner = ownerId;
            item.Author = owner;
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Initiative, new ContentPickerField { ContentItemIds = [SeededPlan.Initiative311] });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Period, new TextField { Text = "FY2026 Q2" });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Status, new TextField { Text = status });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.WhatWeHaveBeenDoing, new HtmlField { Html = "<p>Work.</p>" });
            var result = await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });
    }

    /// <summary>Articles (a test type) named "{prefix} 00", "{prefix} 01"..., owned by the administrator.</summary>
    public static async Task AddArticlesAsync(this TestSite site, string prefix, int count)
    {
        await site.DefineArticleAsync();
        var ownerId = await site.UserIdAsync("admin");
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            for (var i = 0; i < count; i++)
            {
                var item = await cm.NewArticleAsync($"{prefix} {i:00}");
                item.Owner = ownerId;
                Assert.True((await cm.CreateAsync(item, VersionOptions.Published)).Succeeded);
            }
        });
    }

    /// <summary>The number of rows in the page's content table.</summary>
    public static int RowCount(string page)
    {
        var start = page.IndexOf("<tbody>", StringComparison.Ordinal);
        return start < 0 ? 0 : page[start..page.IndexOf("</tbody>", start, StringComparison.Ordinal)].Split("<tr>").Length - 1;
    }
}

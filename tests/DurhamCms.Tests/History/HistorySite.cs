using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.History;

/// <summary>The Durham site with an Author (alice) and an Editor (erin), and drafts of the seeded initiative 3.11.</summary>
public static class HistorySite
{
    public const string Initiative311 = SeededPlan.Initiative311;
    public const string Initiative311Path = SeededInitiativePageTests.Path;
    public const string EngagedCityMeasure = SeededPlan.Measure311;

    public static async Task<TestSite> StartAsync()
    {
        var site = new TestSite();
        await site.CreateCastAsync();
        return site;
    }

    /// <summary>Saves a draft of 3.11 over its published version with a new description; returns the draft's version id.</summary>
    public static Task<string> DraftDescriptionAsync(this TestSite site, string html, string id = Initiative311) =>
        site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var draft = (await cm.GetAsync(id, VersionOptions.DraftRequired))!;
            draft.ApplyField("Initiative", "Description", new HtmlField { Html = html });
            var result = await cm.UpdateAsync(draft);
            Assert.True(result.Succeeded, result.ToString());
            return draft.ContentItemVersionId;
        });

    public static Task<IReadOnlyList<ContentItem>> VersionsAsync(this TestSite site, string id) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ListVersionsAsync(id));
}

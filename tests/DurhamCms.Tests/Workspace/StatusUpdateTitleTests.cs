using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.Parts.Models;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.Workspace;

/// <summary>A status update is never listed by its 26-character id: it has a typed title or a made one.</summary>
public sealed class StatusUpdateTitleTests
{
    [Fact]
    public async Task An_update_saved_without_a_title_is_titled_by_its_initiative_number_and_period()
    {
        await using var site = new TestSite();
        var (result, item) = await SaveUpdateAsync(site, title: "", initiativeId: SeededPlan.Initiative311, period: "FY2025 Q3");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("3.11 — FY2025 Q3", item.DisplayText);
        Assert.Equal("3.11 — FY2025 Q3", item.Get<TitlePart>(nameof(TitlePart))?.Title);
    }

    [Fact]
    public async Task A_typed_title_is_kept()
    {
        await using var site = new TestSite();
        var (result, item) = await SaveUpdateAsync(site, title: "November figures are in", initiativeId: SeededPlan.Initiative311, period: "FY2025 Q3");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("November figures are in", item.DisplayText);
    }

    [Fact]
    public async Task An_update_with_no_title_and_nothing_to_make_one_from_is_refused_saying_what_is_needed()
    {
        await using var site = new TestSite();
        var (result, _) = await SaveUpdateAsync(site, title: " ", initiativeId: SeededPlan.Initiative311, period: "");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Member == "TitlePart.Title" && e.Message.StartsWith("Title is required", StringComparison.Ordinal));
    }

    private static Task<(ContentValidationResult, ContentItem)> SaveUpdateAsync(TestSite site, string title, string initiativeId, string period) =>
        site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(StatusUpdate.Type);
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Initiative, new ContentPickerField { ContentItemIds = [initiativeId] });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Period, new TextField { Text = period });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Status, new TextField { Text = "In Progress" });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.WhatWeHaveBeenDoing, new HtmlField { Html = "<p>Work.</p>" });
            var result = await cm.CreateAsync(item, VersionOptions.Draft);
            return (result, item);
        });
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.OpenData;

/// <summary>Plan items made through the content manager on a test's own site, clearly named as test data.</summary>
public static class TestPlan
{
    /// <summary>"Connected, Engaged, and Inclusive Communities", as the Durham recipe seeds it.</summary>
    public const string Priority3 = "fstbqq5w6asqz1y2ksaae0cesp";

    public static Task<ContentItem> InitiativeAsync(this TestSite site, string number, string title, bool publish = true, string status = "In Progress") =>
        site.CreateAsync(Initiative.Type, title, publish, part =>
        {
            part[Initiative.Number] = Text(number);
            part[Initiative.Priority] = Picked(Priority3);
            part[Initiative.Status] = Text(status);
            part[Initiative.Description] = Html($"<p>Test description of {title}.</p>");
            part[Initiative.WhyImportant] = Html("<p>Because it is a test.</p>");
            part[Initiative.LeadDepartment] = Text("Test Department");
            part[Initiative.PlanCycle] = Text("FY2024–26");
        });

    public static Task<ContentItem> MeasureAsync(this TestSite site, string initiativeId, string title, bool publish = true) =>
        site.CreateAsync(KeyMeasure.Type, title, publish, part =>
        {
            part[KeyMeasure.Initiative] = Picked(initiativeId);
            part[KeyMeasure.Analysis] = Html("<p>Attendance grew.</p>");
            part[KeyMeasure.Series] = JsonNode.Parse("""
                {"Unit":"people","ChartKind":"bar","Target":25,"BetterDirection":"up","Points":[
                  {"Period":"2023-07","Value":23,"Note":""},{"Period":"2023-08","Value":24,"Note":"first, \"big\" month"},
                  {"Period":"2023-09","Value":17,"Note":"=SUM(A1)"}]}
                """);
        });

    public static Task<ContentItem> StatusUpdateAsync(this TestSite site, string initiativeId, string period, string status, bool publish = true) =>
        site.CreateAsync(StatusUpdate.Type, $"{period} update", publish, part =>
        {
            part[StatusUpdate.Initiative] = Picked(initiativeId);
            part[StatusUpdate.Period] = Text(period);
            part[StatusUpdate.Status] = Text(status);
            part[StatusUpdate.WhatWeHaveBeenDoing] = Html($"<ol><li>Worked on {period}</li></ol>");
            part[StatusUpdate.WhatsNext] = Html("<p>More of the same &amp; better.</p>");
        });

    public static Task UnpublishAsync(this TestSite site, string contentItemId) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        await contentManager.UnpublishAsync((await contentManager.GetAsync(contentItemId, VersionOptions.Published))!);
    });

    private static Task<ContentItem> CreateAsync(this TestSite site, string type, string title, bool publish, Action<JsonObject> fill) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var item = await contentManager.NewAsync(type);
        item.DisplayText = title;
        item.GetOrCreatePartJson("TitlePart")["Title"] = title;
        fill(item.GetOrCreatePartJson(type));
        var result = await contentManager.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
        Assert.True(result.Succeeded, result.ToString());
        return item;
    });

    private static JsonObject Text(string text) => new() { ["Text"] = text };

    private static JsonObject Html(string html) => new() { ["Html"] = html };

    private static JsonObject Picked(string id) => new() { ["ContentItemIds"] = new JsonArray(id) };
}

using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Display;
using DurhamCms.Parts.Models;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.Pages;

/// <summary>Plan content the page tests create for themselves, through the content manager as editors would.</summary>
public static partial class PlanItems
{
    public const string Prosperity = "Shared Economic Prosperity";
    public const string Communities = "Connected, Engaged, and Inclusive Communities";
    public const string Organization = "Innovative and High Performing Organization";
    public const string ThrivingEnvironment = "Thriving and Vibrant Environment";

    public static Task<string> PriorityIdAsync(this TestSite site, string title) => site.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IContentManager>().ListAsync(Priority.Type, VersionOptions.Published)).Single(p => p.DisplayText == title).ContentItemId);

    /// <summary>
    /// Removes the initiatives the recipe seeds from the plan outline ("Not yet reported") under a
    /// priority, or under all of them: for tests that need a priority to themselves and its numbers free.
    /// </summary>
    public static async Task RemoveSeededInitiativesAsync(this TestSite site, string? priorityTitle = null)
    {
        var priorityId = priorityTitle is null ? null : await site.PriorityIdAsync(priorityTitle);
        await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var outline = (await cm.ListAsync(Initiative.Type, VersionOptions.Latest))
                .Where(i => i.Text(Initiative.Status) == NotYetReported && (priorityId is null || i.PickedId(Initiative.Priority) == priorityId));
            foreach (var item in outline)
            {
                await cm.RemoveAsync(item);
            }
        });
    }

    /// <summary>Creates an initiative (published unless told otherwise) and returns its id and public path ("/initiatives/...").</summary>
    public static async Task<(string Id, string Path)> AddInitiativeAsync(
        this TestSite site, string priorityTitle, string number, string title, string status,
        string? description = null, string? why = null, string? objectiveTitle = null, string? leadDepartment = null, bool publish = true)
    {
        var priorityId = await site.PriorityIdAsync(priorityTitle);
        return await site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(Initiative.Type);
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(Initiative.Type, Initiative.Number, new TextField { Text = number });
            item.ApplyField(Initiative.Type, Initiative.Priority, new ContentPickerField { ContentItemIds = [priorityId] });
            item.ApplyField(Initiative.Type, Initiative.Status, new TextField { Text = status });
            item.ApplyField(Initiative.Type, Initiative.Description, new HtmlField { Html = description });
            item.ApplyField(Initiative.Type, Initiative.WhyImportant, new HtmlField { Html = why });
            item.ApplyField(Initiative.Type, Initiative.ObjectiveTitle, new TextField { Text = objectiveTitle });
            item.ApplyField(Initiative.Type, Initiative.LeadDepartment, new TextField { Text = leadDepartment });
            var result = await cm.CreateAsync(item, publish ? VersionOptions.Published : VersionOptions.Draft);
            Assert.True(result.Succeeded, result.ToString());
            var path = publish ? await sp.GetRequiredService<IEnumerable<IContentRouteResolver>>().First().GetPathAsync(item.ContentItemId) : null;
            return (item.ContentItemId, "/" + path);
        });
    }

    public static Task<string> AddKeyMeasureAsync(this TestSite site, string initiativeId, string title, string analysisHtml, params (string Period, decimal Value)[] points) =>
        site.InScopeAsync(async sp =>
        {
            await EnsureSeriesFieldAsync(sp);
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(KeyMeasure.Type);
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(KeyMeasure.Type, KeyMeasure.Initiative, new ContentPickerField { ContentItemIds = [initiativeId] });
            item.ApplyField(KeyMeasure.Type, KeyMeasure.Analysis, new HtmlField { Html = analysisHtml });
            item.ApplyField(KeyMeasure.Type, KeyMeasure.Series, new MeasureSeriesField
            {
                Unit = "attendees",
                Points = points.Select(p => new MeasurePoint { Period = p.Period, Value = p.Value }).ToList(),
            });
            var result = await cm.CreateAsync(item, VersionOptions.Published);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });

    /// <summary>Creates a published key measure with the series as given (target, direction, points in any order).</summary>
    public static Task<string> AddMeasureAsync(this TestSite site, string initiativeId, string title, MeasureSeriesField series) =>
        site.InScopeAsync(async sp =>
        {
            await EnsureSeriesFieldAsync(sp);
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(KeyMeasure.Type);
            item.Apply(new TitlePart { Title = title });
            item.ApplyField(KeyMeasure.Type, KeyMeasure.Initiative, new ContentPickerField { ContentItemIds = [initiativeId] });
            item.ApplyField(KeyMeasure.Type, KeyMeasure.Series, series);
            var result = await cm.CreateAsync(item, VersionOptions.Published);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });

    public static Task<string> AddStatusUpdateAsync(this TestSite site, string initiativeId, string period, string status, string doingHtml, string nextHtml) =>
        site.InScopeAsync(async sp =>
        {
            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync(StatusUpdate.Type);
            item.Apply(new TitlePart { Title = $"Update {period}" });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Initiative, new ContentPickerField { ContentItemIds = [initiativeId] });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Period, new TextField { Text = period });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.Status, new TextField { Text = status });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.WhatWeHaveBeenDoing, new HtmlField { Html = doingHtml });
            item.ApplyField(StatusUpdate.Type, StatusUpdate.WhatsNext, new HtmlField { Html = nextHtml });
            var result = await cm.CreateAsync(item, VersionOptions.Published);
            Assert.True(result.Succeeded, result.ToString());
            return item.ContentItemId;
        });

    /// <summary>The page's text without tags and with single spaces, for assertions on what a reader reads.</summary>
    public static string ReadableText(string html) =>
        SpaceBeforePunctuation().Replace(Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " "), "$1").Trim();

    /// <summary>The HTML of the one home-page card that contains <paramref name="marker"/>.</summary>
    public static string Card(string html, string marker)
    {
        var cards = html.Split("<li class=\"card\">", StringSplitOptions.None).Skip(1);
        return cards.Select(c => c[..c.IndexOf("</li>", StringComparison.Ordinal)]).Single(c => c.Contains(marker, StringComparison.Ordinal));
    }

    // The recipe names the Series field once the seeded plan lands; older definitions lack it.
    private static async Task EnsureSeriesFieldAsync(IServiceProvider sp)
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var part = await definitions.GetPartDefinitionAsync(KeyMeasure.Type);
        if (part?.Fields.Any(f => f.Name == KeyMeasure.Series) != true)
        {
            await definitions.AlterPartDefinitionAsync(KeyMeasure.Type, p => p.WithField(KeyMeasure.Series, f => f.OfType(nameof(MeasureSeriesField)).WithDisplayName("Series")));
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    // A tag closed just before a comma or full stop leaves a space no browser would show.
    [GeneratedRegex(@"\s+([,.])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Net;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>
/// A status update's reporting period must have begun, as a measure's must: refused in the editor,
/// through the content manager and on recipe import (item and field named, nothing kept).
/// </summary>
public sealed class StatusUpdatePeriodValidationTests : IAsyncLifetime
{
    // 2 December 2026 in Durham: FY2027 Q2 (October to December 2026) is current, FY2027 Q3 has not begun.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero));
    private const string NotBegun = "Period FY2027 Q3 has not begun; status updates are written for periods up to the current one (today is 2 December 2026).";
    private TestSite _site = null!;

    public Task InitializeAsync()
    {
        _site = new TestSite(new TestSiteOptions { Clock = _clock });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_editor_refuses_a_period_that_has_not_begun_and_keeps_the_current_one()
    {
        using var admin = await _site.SignInAsync("admin", "Test-admin-password-1");
        var before = (await _site.LatestAsync(SeededPlan.Update311)).Text("StatusUpdate", "Period");

        using var refused = await admin.SaveAsync(SeededPlan.Update311, [new("StatusUpdate.Period.Text", "FY2027 Q3")]);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(NotBegun, body, StringComparison.Ordinal);
        Assert.Equal(before, (await _site.LatestAsync(SeededPlan.Update311)).Text("StatusUpdate", "Period"));

        using var saved = await admin.SaveAsync(SeededPlan.Update311, [new("StatusUpdate.Period.Text", "FY2027 Q2")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("FY2027 Q2", (await _site.LatestAsync(SeededPlan.Update311)).Text("StatusUpdate", "Period"));
    }

    [Fact]
    public async Task The_content_manager_refuses_it_naming_the_field()
    {
        var result = await _site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var item = await contentManager.NewAsync("StatusUpdate");
            item.DisplayText = "Next quarter, early";
            item.GetOrCreatePartJson("TitlePart")["Title"] = "Next quarter, early";
            var part = item.GetOrCreatePartJson("StatusUpdate");
            part["Initiative"] = new JsonObject { ["ContentItemIds"] = new JsonArray(SeededPlan.Initiative311) };
            part["Period"] = new JsonObject { ["Text"] = "FY2027 Q3" };
            part["Status"] = new JsonObject { ["Text"] = "In Progress" };
            return await contentManager.CreateAsync(item, VersionOptions.Published);
        });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.Member == "StatusUpdate.Period");
        Assert.Equal(NotBegun, error.Message);
    }

    [Fact]
    public async Task An_import_with_a_period_that_has_not_begun_is_refused_naming_the_item_and_keeps_nothing()
    {
        var before = await _site.CountVersionsAsync();
        const string Recipe = $$"""
            { "name": "Updates", "steps": [ { "name": "Content", "Data": [ {
              "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9c11", "ContentType": "StatusUpdate", "DisplayText": "Early update", "Latest": true, "Published": true,
              "TitlePart": { "Title": "Early update" },
              "StatusUpdate": {
                "Initiative": { "ContentItemIds": [ "{{SeededPlan.Initiative311}}" ] },
                "Period": { "Text": "FY2027 Q3" }, "Status": { "Text": "In Progress" }
              } } ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => _site.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(Recipe, null)));

        Assert.Contains("item 1 (StatusUpdate 4k7qxzmb2hf8yd3nq0vw5t9c11)", error.Message, StringComparison.Ordinal);
        Assert.Contains(NotBegun, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _site.CountVersionsAsync());
    }
}

using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>
/// The plan's rules on a site set up with the Durham recipe. Every save here is refused, so the
/// tests share one site: each asserts that nothing was stored.
/// </summary>
public sealed class PlanContentRuleTests(PlanContentRuleTests.Site site) : IClassFixture<PlanContentRuleTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        public TestSite Host { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Theory]
    [InlineData("3.x")]
    [InlineData("3.1")]
    [InlineData("311")]
    [InlineData("3.101")]
    public async Task A_number_not_in_x_yz_form_is_refused(string number)
    {
        var errors = await SaveInitiativeAsync(number, SeededPlan.Priority3);

        AssertOnlyError(errors, "Initiative.Number", $"Number '{number}' is not an initiative number: use x.yz, e.g. 3.11.");
    }

    [Fact]
    public async Task A_number_whose_priority_digit_is_not_the_picked_priority_is_refused()
    {
        var errors = await SaveInitiativeAsync("4.19", SeededPlan.Priority3);

        AssertOnlyError(errors, "Initiative.Number",
            "Number 4.19 starts with priority 4, but the picked priority 'Connected, Engaged, and Inclusive Communities' is number 3: use 3.yz or pick priority 4.");
    }

    [Fact]
    public async Task A_number_another_initiative_uses_is_refused()
    {
        var errors = await SaveInitiativeAsync("3.11", SeededPlan.Priority3);

        AssertOnlyError(errors, "Initiative.Number", $"Number 3.11 is already used by initiative '{SeededPlan.Title311}'.");
    }

    [Fact]
    public async Task A_missing_number_gets_the_fields_own_message_once()
    {
        var errors = await SaveInitiativeAsync("", SeededPlan.Priority3);

        AssertOnlyError(errors, "Initiative.Number", "Number is required.");
    }

    [Fact]
    public async Task A_status_outside_the_recipes_vocabulary_is_refused()
    {
        var errors = await SaveInitiativeAsync("3.19", SeededPlan.Priority3, status: "Done");

        AssertOnlyError(errors, "Initiative.Status", "Status must be one of: In Progress, On Hold, Complete/Ongoing, Not yet reported.");
    }

    [Theory]
    [InlineData("KeyMeasure")]
    [InlineData("StatusUpdate")]
    public async Task Measures_and_updates_must_pick_an_initiative(string type)
    {
        var none = await SaveUnderAsync(type, []);
        AssertOnlyError(none, $"{type}.Initiative", "Initiative is required.");

        var priority = await SaveUnderAsync(type, [SeededPlan.Priority3]);
        AssertOnlyError(priority, $"{type}.Initiative",
            "Initiative cannot refer to 'Connected, Engaged, and Inclusive Communities', a Priority; allowed: Initiative.");
    }

    private Task<IReadOnlyList<ContentValidationError>> SaveInitiativeAsync(string number, string priorityId, string status = "In Progress") =>
        SaveAsync(Initiative.Type, "A test initiative", new JsonObject
        {
            [Initiative.Number] = new JsonObject { ["Text"] = number },
            [Initiative.Priority] = new JsonObject { ["ContentItemIds"] = new JsonArray(priorityId) },
            [Initiative.Status] = new JsonObject { ["Text"] = status },
        });

    private Task<IReadOnlyList<ContentValidationError>> SaveUnderAsync(string type, string[] initiativeIds)
    {
        var part = new JsonObject
        {
            ["Initiative"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. initiativeIds.Select(id => JsonValue.Create(id))]) },
        };
        if (type == StatusUpdate.Type)
        {
            part[StatusUpdate.Period] = new JsonObject { ["Text"] = "FY2025 Q1" };
            part[StatusUpdate.Status] = new JsonObject { ["Text"] = "In Progress" };
        }

        return SaveAsync(type, "A test item", part);
    }

    /// <summary>Creates and publishes through the content manager; returns its errors after checking nothing of the type was added.</summary>
    private Task<IReadOnlyList<ContentValidationError>> SaveAsync(string type, string title, JsonObject part) =>
        site.Host.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var before = (await contentManager.ListAsync(type, VersionOptions.Latest)).Count;
            var item = await contentManager.NewAsync(type);
            item.DisplayText = title;
            item.GetOrCreatePartJson("TitlePart")["Title"] = title;
            foreach (var (name, value) in part)
            {
                item.GetOrCreatePartJson(type)[name] = value?.DeepClone();
            }

            var result = await contentManager.CreateAsync(item, VersionOptions.Published);
            Assert.Equal(before, (await contentManager.ListAsync(type, VersionOptions.Latest)).Count);
            return result.Errors;
        });

    private static void AssertOnlyError(IReadOnlyList<ContentValidationError> errors, string member, string message) =>
        Assert.Equal([new ContentValidationError(member, message)], errors);
}

using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Editors;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using DurhamCms.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Xunit;
using static DurhamCms.Tests.Fields.FieldRules;

namespace DurhamCms.Tests.Compatibility;

/// <summary>Orchard's TimeField: its JSON, its rules, its editor and its import.</summary>
public sealed class TimeFieldTests
{
    [Fact]
    public void A_time_field_round_trips_in_Orchards_shape()
    {
        var item = ContentItem.FromJson("""{"ContentType": "Event", "Event": {"Starts": {"Value": "14:30:00"}}}""");
        var field = item.GetField<TimeField>("Event", "Starts")!;

        Assert.Equal(new TimeSpan(14, 30, 0), field.Value);
        var copy = new ContentItem { ContentType = "Event" }.ApplyField("Event", "Starts", field);
        JsonAssert.Equal(JsonNode.Parse("""{"Value": "14:30:00"}"""), copy.GetPartJson("Event")!["Starts"]);
    }

    [Fact]
    public async Task A_required_time_must_be_given_and_be_a_time_of_day()
    {
        var required = new TimeFieldSettings { Required = true };

        AssertOnlyError(await ValidateAsync("TimeField", "Starts", "Starts", "{}", required), "Initiative.Starts", "Starts is required.");
        AssertOnlyError(await ValidateAsync("TimeField", "Starts", "Starts", """{"Value": "1.02:00:00"}""", required), "Initiative.Starts",
            "Starts must be a time of day between 00:00:00 and 23:59:59; '1.02:00:00' is not one.");
        AssertOnlyError(await ValidateAsync("TimeField", "Starts", "Starts", """{"Value": "half past two"}""", required), "Initiative.Starts",
            "Starts must be a time of day (hh:mm:ss, e.g. 14:30:00).");
        Assert.Empty(await ValidateAsync("TimeField", "Starts", "Starts", """{"Value": "23:59:59"}""", required));
    }

    [Theory]
    [InlineData("14:30", "14:30:00")]
    [InlineData("9:05:07", "09:05:07")]
    [InlineData("", null)]
    public void The_editor_reads_a_time_input(string posted, string? stored)
    {
        var (context, result) = Edit(posted);

        Assert.Empty(result.Errors);
        Assert.Equal(stored, (string?)context.Item.GetPartJson("Event")!["Starts"]!["Value"]);
    }

    [Fact]
    public void The_editor_refuses_what_is_not_a_time_naming_the_field()
    {
        var (_, result) = Edit("25:00");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Event.Starts", error.Member);
        Assert.Equal("Starts must be a time such as 14:30; '25:00' is not one.", error.Message);
    }

    [Fact]
    public async Task An_Orchard_item_with_a_time_field_imports_and_a_bad_time_refuses_the_recipe()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        const string Definition = """
            { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Event", "ContentTypePartDefinitionRecords": [ { "PartName": "Event", "Name": "Event" } ] } ],
              "ContentParts": [ { "Name": "Event", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TimeField", "Name": "Starts", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Starts" }, "TimeFieldSettings": { "Required": true, "Step": "60" } } } ] } ] }
            """;
        static string Item(string id, string time) => $$"""
            { "ContentItemId": "{{id}}", "ContentType": "Event", "DisplayText": "Council", "Latest": true, "Published": true, "Event": { "Starts": { "Value": "{{time}}" } } }
            """;

        var result = await site.RunAsync($$"""{ "steps": [ {{Definition}}, { "name": "Content", "Data": [ {{Item("4k7qxzmb2hf8yd3nq0vw5t9ce1", "18:00:00")}} ] } ] }""");
        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            site.RunAsync($$"""{ "steps": [ { "name": "Content", "Data": [ {{Item("4k7qxzmb2hf8yd3nq0vw5t9ce2", "-01:00:00")}} ] } ] }"""));

        Assert.Empty(result.Warnings);
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("4k7qxzmb2hf8yd3nq0vw5t9ce1", VersionOptions.Published));
        Assert.Equal(new TimeSpan(18, 0, 0), stored!.GetField<TimeField>("Event", "Starts")!.Value);
        Assert.Contains("Starts must be a time of day", error.Message, StringComparison.Ordinal);
    }

    private static (EditorContext Context, ContentValidationResult Result) Edit(string posted)
    {
        var field = new ContentPartFieldDefinition("Starts", "TimeField", new JsonObject
        {
            [nameof(ContentPartFieldSettings)] = new JsonObject { [nameof(ContentPartFieldSettings.DisplayName)] = "Starts" },
        });
        var part = new ContentPartDefinition("Event", [], [field]);
        var typePart = new ContentTypePartDefinition("Event", part, []);
        var type = new ContentTypeDefinition("Event", "Event", [], [typePart]);
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "Event" };
        var context = new EditorContext(item, type, typePart, field) { TimeZone = SiteTimeZone.Find(SiteTimeZone.DefaultId)! };
        var result = new ContentValidationResult();
        new TimeFieldEditor().Update(context, new FormCollection(new Dictionary<string, StringValues> { ["Event.Starts.Value"] = posted }), result);
        return (context, result);
    }
}

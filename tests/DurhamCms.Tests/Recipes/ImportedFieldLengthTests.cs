using System.Diagnostics;
using System.Text.Json.Nodes;
using DurhamCms.ContentFields;
using DurhamCms.Editors;
using DurhamCms.Recipes;
using DurhamCms.Tests.Fields;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace DurhamCms.Tests.Recipes;

/// <summary>
/// Imported field values obey the editor's length caps, refused with the editor's words and
/// naming the item and the field; a recipe that holds one imports nothing.
/// </summary>
public sealed class ImportedFieldLengthTests
{
    private const string ItemId = "4k7qxzmb2hf8yd3nq0vw5t9cj1";

    private const string Definitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Page", "DisplayName": "Page", "ContentTypePartDefinitionRecords": [ { "PartName": "Page", "Name": "Page" } ] } ],
          "ContentParts": [ { "Name": "Page", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "HtmlField", "Name": "Body", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Body" } } },
            { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Summary", "Editor": "TextArea" } } },
            { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subtitle" } } },
            { "FieldName": "MultiTextField", "Name": "Tags", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tags" } } },
            { "FieldName": "LinkField", "Name": "More", "Settings": { "ContentPartFieldSettings": { "DisplayName": "More" } } } ] } ] }
        """;

    public static TheoryData<string, string, string> TooLong => new()
    {
        { "Body", $$"""{ "Html": "<p>{{new string('a', EditorLimits.RichText)}}</p>" }""", EditorLimits.TooLong("Body", EditorLimits.RichText + 7, EditorLimits.RichText) },
        { "Summary", $$"""{ "Text": "{{new string('a', EditorLimits.MultiLine + 1)}}" }""", EditorLimits.TooLong("Summary", EditorLimits.MultiLine + 1, EditorLimits.MultiLine) },
        { "Subtitle", $$"""{ "text": "{{new string('a', EditorLimits.SingleLine + 1)}}" }""", EditorLimits.TooLong("Subtitle", EditorLimits.SingleLine + 1, EditorLimits.SingleLine) },
        { "Tags", $$"""{ "Values": [ "short", "{{new string('a', EditorLimits.SingleLine + 1)}}" ] }""", EditorLimits.TooLong("Tags", EditorLimits.SingleLine + 1, EditorLimits.SingleLine) },
        { "More", $$"""{ "Url": "https://durhamnc.gov/{{new string('a', 2_048)}}", "Text": "More" }""", EditorLimits.TooLong("The address of More", "https://durhamnc.gov/".Length + 2_048, 2_048) },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task A_field_over_the_editors_cap_is_refused_naming_item_and_field_and_nothing_is_imported(string field, string json, string message)
    {
        await using var site = await SiteAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(Recipe($"\"{field}\": {json}")));

        Assert.Contains($"step 2 \"Content\": item 2 (Page {ItemId}) is invalid: Page.{field}: {message}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task A_field_of_many_megabytes_is_refused_quickly_without_quoting_it()
    {
        await using var site = await SiteAsync();
        var huge = new string('a', 8 * 1024 * 1024);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(Recipe($$"""
            "Body": { "Html": "<p>{{huge}}</p>" }, "Tags": { "Values": [ "{{huge}}" ] }
            """)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("Page.Body: Body is too long: 8,388,615 characters, at most 200,000 fit.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Page.Tags: Tags is too long: 8,388,608 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 2_000, $"the message is {error.Message.Length:N0} characters long");
        Assert.Equal(0, await site.CountVersionsAsync());
    }

    [Fact]
    public async Task The_editor_and_the_import_refuse_with_the_same_words()
    {
        // What the content manager says for any save, API write or import...
        var errors = await FieldRules.ValidateAsync("TextField", "Summary", "Summary",
            $$"""{ "Text": "{{new string('a', EditorLimits.SingleLine + 1)}}" }""");

        // ...is what the editor says for the same text typed into the form.
        FieldRules.AssertOnlyError(errors, "Initiative.Summary", EditorLimits.TooLong("Summary", EditorLimits.SingleLine + 1, EditorLimits.SingleLine));
    }

    [Fact]
    public async Task Fields_within_their_caps_import()
    {
        await using var site = await SiteAsync();

        await site.RunAsync(Recipe($$"""
            "Body": { "Html": "<p>{{new string('a', 1000)}}</p>" }, "Summary": { "Text": "{{new string('a', EditorLimits.MultiLine)}}" },
            "Tags": { "Values": [ "{{new string('a', EditorLimits.SingleLine)}}" ] }, "More": { "Url": "https://durhamnc.gov", "Text": "More" }
            """));

        Assert.Equal(2, await site.CountVersionsAsync());
    }

    private static Task<RecipeTestSite> SiteAsync() => RecipeTestSite.CreateAsync(configure: services =>
        new DurhamCms.ContentFields.Startup().ConfigureServices(services, new ConfigurationBuilder().Build()));

    // A good item first, so "nothing is imported" covers an item that passed.
    private static string Recipe(string fields) => $$"""
        { "name": "Long fields", "steps": [ {{Definitions}},
          { "name": "Content", "Data": [
            { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj0", "ContentType": "Page", "Latest": true, "Published": true, "Page": { "Subtitle": { "Text": "fine" } } },
            { "ContentItemId": "{{ItemId}}", "ContentType": "Page", "Latest": true, "Published": true, "Page": { {{fields}} } } ] } ] }
        """;

    [Fact]
    public void The_recipe_under_test_is_valid_json() =>
        Assert.NotNull(JsonNode.Parse(Recipe("\"Subtitle\": { \"Text\": \"x\" }")));
}

using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Tests.Recipes;

namespace DurhamCms.Tests.Fields;

/// <summary>Each field reads Orchard's JSON and writes it back unchanged.</summary>
public sealed class FieldJsonShapeTests
{
    [Theory]
    [InlineData(typeof(TextField), """{"Text": "Affordable housing"}""")]
    [InlineData(typeof(NumericField), """{"Value": 12.0}""")]
    [InlineData(typeof(NumericField), """{"Value": null}""")]
    [InlineData(typeof(BooleanField), """{"Value": true}""")]
    [InlineData(typeof(DateField), """{"Value": "2024-01-31T00:00:00Z"}""")]
    [InlineData(typeof(DateTimeField), """{"Value": "2024-01-31T14:30:00Z"}""")]
    [InlineData(typeof(LinkField), """{"Url": "https://durhamnc.gov", "Text": "City of Durham", "Target": "_blank"}""")]
    [InlineData(typeof(HtmlField), """{"Html": "<p>Budget <strong>2024</strong></p>"}""")]
    [InlineData(typeof(MarkdownField), """{"Markdown": "# Budget\n\n* one"}""")]
    [InlineData(typeof(ContentPickerField), """{"ContentItemIds": ["4qn7xa0dfgk9hb2vm3sp5re1ty", "4qn7xa0dfgk9hb2vm3sp5re1tz"]}""")]
    [InlineData(typeof(MultiTextField), """{"Values": ["ward-1", "ward-3"]}""")]
    public void A_field_round_trips_in_Orchards_shape(Type fieldType, string json)
    {
        var item = ContentItem.FromJson("""{"ContentItemId": "x", "ContentType": "Initiative", "Initiative": {"Field": """ + json + "}}");
        var field = (ContentField)typeof(ContentItem).GetMethod(nameof(ContentItem.GetField))!.MakeGenericMethod(fieldType)
            .Invoke(item, ["Initiative", "Field"])!;

        var copy = new ContentItem { ContentType = "Initiative" }.ApplyField("Initiative", "Field", field);

        JsonAssert.Equal(JsonNode.Parse(json), copy.GetPartJson("Initiative")!["Field"]);
    }

    [Fact]
    public void A_date_field_reads_as_a_UTC_date()
    {
        var item = ContentItem.FromJson("""{"ContentType": "Initiative", "Initiative": {"Due": {"Value": "2024-01-31T00:00:00Z"}}}""");
        var due = item.GetField<DateField>("Initiative", "Due")!.Value!.Value;
        Assert.Equal(new DateTime(2024, 1, 31, 0, 0, 0, DateTimeKind.Utc), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void Predefined_list_settings_read_Orchards_lower_case_options_and_numeric_editor()
    {
        var field = new ContentPartFieldDefinition("Status", "TextField", JsonNode.Parse("""
            {
              "TextFieldPredefinedListEditorSettings": {
                "Options": [ { "name": "On track", "value": "on-track" }, { "name": "At risk", "value": "at-risk" } ],
                "Editor": 1,
                "DefaultValue": "on-track"
              }
            }
            """)!.AsObject());

        var settings = field.GetSettings<TextFieldPredefinedListEditorSettings>();

        Assert.Equal(["on-track", "at-risk"], settings.Options.Select(o => o.Value));
        Assert.Equal("On track", settings.Options[0].Name);
        Assert.Equal(EditorOption.Dropdown, settings.Editor);
        var written = ContentJson.FromObject(settings);
        Assert.Equal("on-track", written["Options"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(1, written["Editor"]!.GetValue<int>());
    }

    [Fact]
    public void Settings_default_to_sanitizing_html()
    {
        var field = new ContentPartFieldDefinition("Body", "HtmlField", []);
        Assert.True(field.GetSettings<HtmlFieldSettings>().SanitizeHtml);
        Assert.True(field.GetSettings<MarkdownFieldSettings>().SanitizeHtml);
    }
}

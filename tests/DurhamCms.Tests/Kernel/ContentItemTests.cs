using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Tests.Kernel;

public sealed class ContentItemTests
{
    private sealed class TitlePart : ContentPart
    {
        public string? Title { get; set; }
    }

    private sealed class TextField : ContentField
    {
        public string? Text { get; set; }
    }

    [Fact]
    public void Ids_are_26_characters_of_orchards_alphabet_and_unique()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => IdGenerator.NewId()).ToList();

        Assert.All(ids, id => Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(IdGenerator.IsValid("0123456789abcdefghijklmnop"));
    }

    [Fact]
    public void Json_has_orchards_layout_metadata_then_one_property_per_part()
    {
        var item = new ContentItem { ContentItemId = "a", ContentItemVersionId = "b", ContentType = "Initiative", DisplayText = "3.11", Latest = true };
        item.Apply(new TitlePart { Title = "3.11" });
        item.ApplyField("Initiative", "Number", new TextField { Text = "3.11" });

        var json = item.ToJson();

        Assert.Equal(
            ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author", "TitlePart", "Initiative"],
            json.Select(p => p.Key).ToArray());
        Assert.Equal("3.11", json["Initiative"]!["Number"]!["Text"]!.GetValue<string>());
        Assert.Equal("3.11", json["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public void Reading_is_case_insensitive_and_keeps_unknown_part_properties()
    {
        var item = ContentItem.FromJson("""
            { "contentitemid": "x", "CONTENTTYPE": "Article", "published": true, "PublishedUtc": "2024-07-01T12:00:00Z",
              "TitlePart": { "Title": "Hello", "Extra": { "kept": [1, 2] } } }
            """);

        Assert.Equal("x", item.ContentItemId);
        Assert.Equal("Article", item.ContentType);
        Assert.True(item.Published);
        Assert.Equal(new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Utc), item.PublishedUtc);

        item.Alter<TitlePart>(t => t.Title = "Changed");

        Assert.Equal("Changed", item.As<TitlePart>()!.Title);
        Assert.Equal(2, ((JsonArray)item.Content["TitlePart"]!["Extra"]!["kept"]!).Count);
    }

    [Fact]
    public void Typed_field_access_reads_what_was_written()
    {
        var item = new ContentItem { ContentType = "KeyMeasure" };
        item.ApplyField("KeyMeasure", "Source", new TextField { Text = "City records" });

        Assert.Equal("City records", item.GetField<TextField>("KeyMeasure", "Source")!.Text);
        Assert.Null(item.GetField<TextField>("KeyMeasure", "Missing"));
    }
}

using System.Text.Json.Nodes;
using DurhamCms.ContentFields;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Admin.History.Diff;
using DurhamCms.Parts.Diff;
using DurhamCms.StrategicPlan.Measures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.History;

public sealed class ContentDifferTests
{
    /// <summary>The differ with the field types the modules register, as the site composes it.</summary>
    private static readonly ContentDiffer Differ = CreateDiffer();

    private static ContentDiffer CreateDiffer()
    {
        var services = new ServiceCollection();
        new DurhamCms.ContentFields.Startup().ConfigureServices(services, new ConfigurationBuilder().Build());
        services.AddPartDiffers();
        services.AddPlanMeasures();
        using var provider = services.BuildServiceProvider();
        return new ContentDiffer(provider.GetServices<IContentFieldDiffer>().ToList(), provider.GetServices<IContentPartDiffer>().ToList());
    }

    private static ContentItem Item(string json) => ContentItem.FromJson(JsonNode.Parse(json)!.AsObject());

    /// <summary>A type whose own part holds the given fields: (name, field type, display name, editor).</summary>
    private static ContentTypeDefinition Type(string name, string displayName, params (string Name, string FieldType, string DisplayName, string? Editor)[] fields)
    {
        var definitions = fields.Select(f => new ContentPartFieldDefinition(f.Name, f.FieldType, new JsonObject
        {
            [nameof(ContentPartFieldSettings)] = new JsonObject { ["DisplayName"] = f.DisplayName, ["Editor"] = f.Editor },
        })).ToList();
        var part = new ContentPartDefinition(name, [], definitions);
        var titlePart = new ContentPartDefinition("TitlePart", [], []);
        return new ContentTypeDefinition(name, displayName, [],
        [
            new ContentTypePartDefinition("TitlePart", titlePart, []),
            new ContentTypePartDefinition(name, part, []),
        ]);
    }

    private static string Render(IEnumerable<DiffSpan> spans) => string.Concat(spans.Select(s => s.Kind switch
    {
        DiffKind.Added => $"[+{s.Text}]",
        DiffKind.Removed => $"[-{s.Text}]",
        _ => s.Text,
    }));

    [Fact]
    public void Plain_text_is_compared_word_by_word()
    {
        var spans = WordDiff.Words("The city planted 40 trees this spring.", "The city planted 55 street trees this spring.");

        Assert.Equal("The city planted [-40][+55 street] trees this spring.", Render(spans));
    }

    [Fact]
    public void Html_is_compared_by_the_words_it_shows_not_its_markup()
    {
        var type = Type("Initiative", "Initiative", ("Description", "HtmlField", "Description", null));
        var from = Item("""{"ContentItemId":"a","ContentItemVersionId":"v1","ContentType":"Initiative","Initiative":{"Description":{"Html":"<p>We train <strong>staff</strong> in engagement.</p>"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentItemVersionId":"v2","ContentType":"Initiative","Initiative":{"Description":{"Html":"<p>We train <em>all</em> staff in equitable engagement.</p><ul><li>Monthly</li></ul>"}}}""");

        var field = Assert.Single(Differ.Compare(from, to, type).Changed);

        Assert.Equal("Initiative › Description", field.Label);
        Assert.Equal(DiffFormat.Text, field.Format);
        Assert.Equal("HTML, compared by its text", field.Note);
        Assert.Equal("We train [+all ]staff in [+equitable ]engagement.[+\n• Monthly]", Render(field.Spans));
        Assert.DoesNotContain(field.Spans, s => s.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_only_changes_still_count_as_a_change_of_the_field()
    {
        var type = Type("T", "T", ("Body", "HtmlField", "Body", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Body":{"Html":"<p>Same words</p>"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Body":{"Html":"<p><strong>Same</strong> words</p>"}}}""");

        var field = Assert.Single(Differ.Compare(from, to, type).Changed);

        Assert.Equal(DiffKind.Changed, field.Kind);
        Assert.All(field.Spans, s => Assert.Equal(DiffKind.Unchanged, s.Kind));
    }

    [Fact]
    public void Markdown_and_titles_are_compared_and_unchanged_fields_are_listed_apart()
    {
        var type = Type("T", "T", ("Notes", "MarkdownField", "Notes", null), ("Status", "TextField", "Status", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"Old title","TitlePart":{"Title":"Old title"},"T":{"Notes":{"Markdown":"# Notes\n\nWe met **twice**."},"Status":{"Text":"In Progress"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"New title","TitlePart":{"Title":"New title"},"T":{"Notes":{"Markdown":"# Notes\n\nWe met **three times**."},"Status":{"Text":"In Progress"}}}""");

        var diff = Differ.Compare(from, to, type);

        var notes = Assert.Single(diff.Changed, f => f.Field == "Notes");
        Assert.Equal("Markdown", notes.Note);
        Assert.Equal("# Notes\n\nWe met [-**twice**][+**three times**].", Render(notes.Spans));
        Assert.Contains(diff.Changed, f => f.Label == "Title");
        Assert.Contains(diff.Unchanged, f => f.Label == "T › Status");
    }

    [Fact]
    public void A_measure_series_is_compared_row_by_row_by_period()
    {
        var type = Type("KeyMeasure", "Key Measure", ("Series", "MeasureSeriesField", "Data", null));
        var from = Item("""
            {"ContentItemId":"m","ContentType":"KeyMeasure","KeyMeasure":{"Series":{"Unit":"attendees","Points":[
              {"Period":"2023-07","Value":23,"Note":null},{"Period":"2023-08","Value":24,"Note":null},{"Period":"2023-09","Value":17,"Note":"holiday"}]}}}
            """);
        var to = Item("""
            {"ContentItemId":"m","ContentType":"KeyMeasure","KeyMeasure":{"Series":{"Unit":"people","Points":[
              {"Period":"2023-07","Value":23.0,"Note":null},{"Period":"2023-09","Value":19,"Note":"holiday"},{"Period":"2023-10","Value":16,"Note":null}]}}}
            """);

        var diff = Differ.Compare(from, to, type);
        var rows = Assert.Single(diff.Changed, f => f.Format == DiffFormat.Rows);
        var unit = Assert.Single(diff.Changed, f => f.Field == "Data (Unit)");

        Assert.Equal("Key Measure › Data (Points)", rows.Label);
        Assert.Equal(
            ["2023-07 Unchanged", "2023-09 Changed", "2023-10 Added", "2023-08 Removed"],
            rows.Rows.Select(r => $"{r.Key} {r.Kind}"));
        var changed = rows.Rows.Single(r => r.Key == "2023-09");
        Assert.Equal(new DiffCell("Value", "17", "19"), changed.Cells.Single(c => c.Column == "Value"));
        Assert.False(changed.Cells.Single(c => c.Column == "Note").Changed);
        Assert.Equal(("attendees", "people"), (unit.Before, unit.After));
    }

    [Fact]
    public void Picked_items_are_compared_entry_by_entry()
    {
        var type = Type("T", "T", ("Priority", "ContentPickerField", "Priority", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Priority":{"ContentItemIds":["p1","p2"]}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Priority":{"ContentItemIds":["p2","p3"]}}}""");

        var field = Assert.Single(Differ.Compare(from, to, type).Changed);

        Assert.Equal(DiffFormat.List, field.Format);
        Assert.Equal(["-p1", " p2", "+p3"], field.Spans.Select(s => (s.Kind switch { DiffKind.Added => "+", DiffKind.Removed => "-", _ => " " }) + s.Text));
    }

    [Fact]
    public void The_same_version_twice_has_no_changes()
    {
        var item = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"X","T":{"Body":{"Html":"<p>x</p>"},"Points":{"Points":[{"Period":"2023-07","Value":1}]}}}""");

        Assert.Empty(Differ.Compare(item, item.Clone(), null).Changed);
        Assert.Empty(Differ.Compare(item, item.Clone(), Type("T", "T", ("Body", "HtmlField", "Body", null), ("Points", "MeasureSeriesField", "Points", null))).Changed);
    }

    [Fact]
    public void Fields_are_labelled_with_their_display_names_not_their_internal_names()
    {
        var type = Type("Initiative", "Strategic Initiative",
            ("LeadDepartment", "TextField", "Lead department", null),
            ("MoreInfo", "LinkField", "More information", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"Initiative","Initiative":{"LeadDepartment":{"Text":"Parks"},"MoreInfo":{"Url":"https://a.example","Text":"Read more"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"Initiative","Initiative":{"LeadDepartment":{"Text":"Public Works"},"MoreInfo":{"Url":"https://b.example","Text":"Read more"}}}""");

        var diff = Differ.Compare(from, to, type);

        Assert.Equal(["Strategic Initiative › Lead department", "Strategic Initiative › More information (Address)"], diff.Changed.Select(f => f.Label));
        Assert.Contains(diff.Unchanged, f => f.Label == "Strategic Initiative › More information (Link text)");
        Assert.DoesNotContain(diff.Fields, f => f.Label.Contains("LeadDepartment", StringComparison.Ordinal) || f.Label.Contains("Url", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_to_empty_is_not_a_change()
    {
        // Version 1 was imported before the type had these fields; version 2 was saved by the
        // editor, which writes each field empty, and a number that did not change in value.
        var type = Type("T", "T",
            ("Summary", "TextField", "Summary", null),
            ("Body", "HtmlField", "Body", null),
            ("Budget", "NumericField", "Budget", null),
            ("Done", "BooleanField", "Done", null),
            ("Due", "DateField", "Due", null),
            ("Links", "ContentPickerField", "Links", null),
            ("Series", "MeasureSeriesField", "Series", null),
            ("Website", "LinkField", "Website", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"X","T":{"Budget":{"Value":12}}}""");
        var to = Item("""
            {"ContentItemId":"a","ContentType":"T","DisplayText":"X","T":{"Summary":{"Text":""},"Body":{"Html":null},"Budget":{"Value":12.0},
             "Done":{"Value":false},"Due":{"Value":null},"Links":{"ContentItemIds":[]},"Series":{"Unit":null,"Points":[]},"Website":{"Url":"","Text":null}}}
            """);

        var diff = Differ.Compare(from, to, type);

        Assert.Empty(diff.Changed);
        Assert.Contains(diff.Unchanged, f => f.Label == "T › Summary");
    }

    [Fact]
    public void A_field_of_a_type_no_module_provides_is_still_compared_as_stored()
    {
        var type = Type("T", "T", ("Colour", "ColorField", "Colour", null));
        var from = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Colour":{"Value":"#fff"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Colour":{"Value":"#000"}}}""");

        var field = Assert.Single(Differ.Compare(from, to, type).Changed);

        Assert.Equal(("T › Colour", "#fff", "#000"), (field.Label, field.Before, field.After));
    }
}

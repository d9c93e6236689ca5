using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.History.Diff;

namespace DurhamCms.Tests.History;

public sealed class ContentDifferTests
{
    private static ContentItem Item(string json) => ContentItem.FromJson(JsonNode.Parse(json)!.AsObject());

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
        var from = Item("""{"ContentItemId":"a","ContentItemVersionId":"v1","ContentType":"Initiative","Initiative":{"Description":{"Html":"<p>We train <strong>staff</strong> in engagement.</p>"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentItemVersionId":"v2","ContentType":"Initiative","Initiative":{"Description":{"Html":"<p>We train <em>all</em> staff in equitable engagement.</p><ul><li>Monthly</li></ul>"}}}""");

        var diff = new ContentDiffer().Compare(from, to, definition: null);
        var field = Assert.Single(diff.Changed);

        Assert.Equal("Initiative › Description", field.Label);
        Assert.Equal(DiffFormat.Text, field.Format);
        Assert.Equal("We train [+all ]staff in [+equitable ]engagement.[+\n• Monthly]", Render(field.Spans));
        Assert.DoesNotContain(field.Spans, s => s.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_only_changes_still_count_as_a_change_of_the_field()
    {
        var from = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Body":{"Html":"<p>Same words</p>"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Body":{"Html":"<p><strong>Same</strong> words</p>"}}}""");

        var field = Assert.Single(new ContentDiffer().Compare(from, to, null).Changed);

        Assert.Equal(DiffKind.Changed, field.Kind);
        Assert.All(field.Spans, s => Assert.Equal(DiffKind.Unchanged, s.Kind));
    }

    [Fact]
    public void Markdown_and_titles_are_compared_and_unchanged_fields_are_listed_apart()
    {
        var from = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"Old title","TitlePart":{"Title":"Old title"},"T":{"Notes":{"Markdown":"# Notes\n\nWe met **twice**."},"Status":{"Text":"In Progress"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"New title","TitlePart":{"Title":"New title"},"T":{"Notes":{"Markdown":"# Notes\n\nWe met **three times**."},"Status":{"Text":"In Progress"}}}""");

        var diff = new ContentDiffer().Compare(from, to, null);

        var notes = Assert.Single(diff.Changed, f => f.Field == "Notes");
        Assert.Equal("Markdown", notes.Note);
        Assert.Equal("# Notes\n\nWe met [-**twice**][+**three times**].", Render(notes.Spans));
        Assert.Contains(diff.Changed, f => f.Label == "TitlePart › Title");
        Assert.Contains(diff.Unchanged, f => f.Label == "T › Status");
    }

    [Fact]
    public void A_measure_series_is_compared_row_by_row_by_period()
    {
        var from = Item("""
            {"ContentItemId":"m","ContentType":"KeyMeasure","KeyMeasure":{"Series":{"Unit":"attendees","Points":[
              {"Period":"2023-07","Value":23,"Note":null},{"Period":"2023-08","Value":24,"Note":null},{"Period":"2023-09","Value":17,"Note":"holiday"}]}}}
            """);
        var to = Item("""
            {"ContentItemId":"m","ContentType":"KeyMeasure","KeyMeasure":{"Series":{"Unit":"people","Points":[
              {"Period":"2023-07","Value":23,"Note":null},{"Period":"2023-09","Value":19,"Note":"holiday"},{"Period":"2023-10","Value":16,"Note":null}]}}}
            """);

        var diff = new ContentDiffer().Compare(from, to, null);
        var rows = Assert.Single(diff.Changed, f => f.Format == DiffFormat.Rows);
        var unit = Assert.Single(diff.Changed, f => f.Field == "Series (Unit)");

        Assert.Equal("Series (Points)", rows.Field);
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
        var from = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Priority":{"ContentItemIds":["p1","p2"]}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"T","T":{"Priority":{"ContentItemIds":["p2","p3"]}}}""");

        var field = Assert.Single(new ContentDiffer().Compare(from, to, null).Changed);

        Assert.Equal(DiffFormat.List, field.Format);
        Assert.Equal(["-p1", " p2", "+p3"], field.Spans.Select(s => (s.Kind switch { DiffKind.Added => "+", DiffKind.Removed => "-", _ => " " }) + s.Text));
    }

    [Fact]
    public void The_same_version_twice_has_no_changes()
    {
        var item = Item("""{"ContentItemId":"a","ContentType":"T","DisplayText":"X","T":{"Body":{"Html":"<p>x</p>"},"Points":{"Points":[{"Period":"2023-07","Value":1}]}}}""");

        Assert.Empty(new ContentDiffer().Compare(item, item.Clone(), null).Changed);
    }
}

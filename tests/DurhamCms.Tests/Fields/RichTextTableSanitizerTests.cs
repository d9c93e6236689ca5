using DurhamCms.ContentFields.Services;

namespace DurhamCms.Tests.Fields;

/// <summary>Tables in rich text keep their structure and header scope, and nothing that lays them out.</summary>
public sealed class RichTextTableSanitizerTests
{
    private static readonly HtmlSanitizerService Sanitizer = new();

    [Fact]
    public void A_data_table_keeps_its_structure_scope_and_spans()
    {
        const string html = """<table><caption>Calls by month</caption><thead><tr><th scope="col">Month</th><th scope="col" colspan="2">Calls</th></tr></thead><tbody><tr><th scope="row">July</th><td rowspan="2">12</td><td>3</td></tr></tbody></table>""";

        Assert.Equal(html, Sanitizer.Sanitize(html));
    }

    [Fact]
    public void Layout_attributes_styles_and_layout_elements_are_removed_and_reported()
    {
        const string html = """<table class="wide" border="1" width="900" style="min-width: 75px" summary="x"><colgroup><col style="min-width: 25px"></colgroup><tbody><tr bgcolor="red" onclick="alert(1)"><th scope="col" align="left" headers="a">A</th><td colspan="2" valign="top" width="50%">1</td></tr></tbody><tfoot><tr><td>t</td></tr></tfoot></table>""";

        var clean = Sanitizer.Sanitize(html, out var removed);

        Assert.Equal("""<table><tbody><tr><th scope="col">A</th><td colspan="2">1</td></tr></tbody></table>""", clean);
        Assert.Contains("the border attribute of <table>", removed);
        Assert.Contains("the class attribute of <table>", removed);
        Assert.Contains("the align attribute of <th>", removed);
        Assert.Contains("<colgroup>", removed);
        Assert.Contains("<tfoot>", removed);
    }

    [Theory]
    [InlineData("""<table><tbody><tr><th scope="javascript:x">A</th></tr></tbody></table>""")]
    [InlineData("""<table><tbody><tr><td scope="col">A</td></tr></tbody></table>""")]
    [InlineData("""<table><tbody><tr><th colspan="0">A</th></tr></tbody></table>""")]
    [InlineData("""<table><tbody><tr><th rowspan="x">A</th></tr></tbody></table>""")]
    [InlineData("""<table><tbody><tr><th colspan="5000">A</th></tr></tbody></table>""")]
    public void Bad_scope_and_span_values_are_dropped(string html)
    {
        Assert.Equal("<table><tbody><tr><TAG>A</TAG></tr></tbody></table>".Replace("TAG", html.Contains("<td", StringComparison.Ordinal) ? "td" : "th", StringComparison.Ordinal), Sanitizer.Sanitize(html));
    }

    [Fact]
    public void Class_and_style_outside_tables_are_unchanged()
    {
        Assert.Equal("""<p class="lead" style="text-align: center">x</p>""", Sanitizer.Sanitize("""<p class="lead" style="text-align: center">x</p>"""));
    }
}

using DurhamCms.ContentFields.Services;

namespace DurhamCms.Tests.Security;

/// <summary>Authored HTML keeps text styling but never layout: no box over the page, no fake sign-in form.</summary>
public sealed class SanitizerLayoutCssTests
{
    private static readonly HtmlSanitizerService Sanitizer = new();

    [Fact]
    public void A_fixed_full_page_overlay_loses_its_layout_css()
    {
        const string attack = """<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999;background:#fff"><p>Session expired, sign in again</p></div>""";

        var clean = Sanitizer.Sanitize(attack);

        foreach (var property in new[] { "position", "z-index", "top", "width", "height", "background" })
        {
            Assert.DoesNotContain(property, clean, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Session expired", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_alignment_and_emphasis_survive()
    {
        var clean = Sanitizer.Sanitize("""<p style="text-align:center;margin-top:-500px;font-weight:bold">Centered</p>""");

        Assert.Contains("text-align: center", clean, StringComparison.Ordinal);
        Assert.Contains("font-weight: bold", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("margin", clean, StringComparison.Ordinal);
    }
}

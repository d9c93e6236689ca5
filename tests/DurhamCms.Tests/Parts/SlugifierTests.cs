using DurhamCms.Parts.Services;

namespace DurhamCms.Tests.Parts;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Shared Economic Prosperity", "shared-economic-prosperity")]
    [InlineData("Économie Générale & Société", "economie-generale-societe")]
    [InlineData("Straße Ørsted Łódź", "strasse-orsted-lodz")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    [InlineData("1.2 Affordable housing (2024)", "1-2-affordable-housing-2024")]
    [InlineData("", "")]
    public void Text_becomes_a_lower_case_url_segment(string text, string slug) => Assert.Equal(slug, Slugifier.Slugify(text));

    [Fact]
    public void A_slug_is_cut_to_its_maximum_length_without_a_trailing_dash()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("word", 100)));

        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}

using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.StrategicPlan.Content;

/// <summary>
/// The real page we reproduce, as its text was taken from the city's site
/// (tests/fixtures/seed/durham-initiative-3.11.txt): the seeded recipe is held to the page's
/// words, not to a second copy of the recipe's own.
/// </summary>
public sealed partial class SeedPage
{
    private readonly string[] _lines;

    private SeedPage(string[] lines) => _lines = lines;

    public static SeedPage Load() => new(File.ReadAllLines(RepositoryPaths.Fixture("seed", "durham-initiative-3.11.txt")));

    /// <summary>
    /// The paragraphs and list items between a heading and the next line given (exclusive), list
    /// markers dropped, whitespace normalised; blank lines (and the page's lone no-break spaces) skipped.
    /// </summary>
    public IReadOnlyList<string> Section(string heading, string until)
    {
        var start = Array.FindIndex(_lines, l => Normalize(l) == heading);
        var end = Array.FindIndex(_lines, start + 1, l => Normalize(l) == until);
        Assert.True(start >= 0 && end > start, $"the seed page has no section '{heading}' ending at '{until}'");
        return _lines[(start + 1)..end]
            .Select(l => Normalize(ListMarker().Replace(l, "")))
            .Where(l => l.Length > 0)
            .ToList();
    }

    /// <summary>The line that starts with <paramref name="prefix"/>, normalised.</summary>
    public string Line(string prefix) => Normalize(_lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>An HTML fragment's text as a reader sees it, whitespace normalised.</summary>
    public static string TextOf(string? html)
    {
        Assert.NotNull(html);
        return Normalize(new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.TextContent);
    }

    public static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"^\s*(\d+\.|•)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

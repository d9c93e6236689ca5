using System.Globalization;
using System.Text.RegularExpressions;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Workspace;

/// <summary>
/// The admin's focus ring is at least 3:1 against every background it can sit on (WCAG 1.4.11):
/// --focus against each light background the admin styles paint, --focus-on-brand against the
/// header's blue. Read from the theme's own style sheet, so a new background is checked too.
/// (It was #ffbf47 yellow on white: 1.6:1.)
/// </summary>
public sealed partial class AdminFocusContrastTests
{
    private static readonly string Styles = File.ReadAllText(Path.Combine(
        RepositoryPaths.Root, "themes", "DurhamCms.Themes.Admin", "Views", "Shared", "_AdminStyles.cshtml"));

    [Fact]
    public void The_focus_ring_is_at_least_3_to_1_on_every_light_background_and_on_the_header()
    {
        var focus = Variable("focus");
        var onBrand = Variable("focus-on-brand");
        var brand = Variable("brand");
        var backgrounds = Backgrounds().Where(c => c != brand).Append(Variable("bg")).Distinct().ToList();

        Assert.True(backgrounds.Count >= 6, "Found only " + string.Join(", ", backgrounds));
        foreach (var background in backgrounds)
        {
            var ratio = Contrast(focus, background);
            Assert.True(ratio >= 3, $"--focus {focus} on {background} is {ratio:0.00}:1");
        }

        Assert.True(Contrast(onBrand, brand) >= 3, $"--focus-on-brand {onBrand} on {brand} is {Contrast(onBrand, brand):0.00}:1");
    }

    [Fact]
    public void The_contrast_formula_gives_the_known_ratios()
    {
        Assert.Equal(21, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(1.6, Contrast("#ffbf47", "#ffffff"), 1);
    }

    private static string Variable(string name) =>
        Regex.Match(Styles, $@"--{Regex.Escape(name)}:\s*(#[0-9a-fA-F]{{3,6}})\s*;") is { Success: true } m
            ? Normalize(m.Groups[1].Value)
            : throw new InvalidOperationException($"--{name} is not set in the admin styles.");

    /// <summary>Every literal colour a rule paints as a background (var(...) ones are the variables above).</summary>
    private static IEnumerable<string> Backgrounds() =>
        BackgroundColour().Matches(Styles).Select(m => Normalize(m.Groups[1].Value));

    private static string Normalize(string hex) =>
        hex.Length == 4 ? "#" + string.Concat(hex[1..].Select(c => $"{c}{c}")).ToLowerInvariant() : hex.ToLowerInvariant();

    /// <summary>WCAG 2 contrast ratio of two sRGB colours.</summary>
    internal static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(Normalize(a)), Luminance(Normalize(b)));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    [GeneratedRegex(@"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b")]
    private static partial Regex BackgroundColour();
}

using System.Text.RegularExpressions;

namespace DurhamCms.Templates.Services;

/// <summary>
/// The shapes a template may replace, named as Orchard names its alternates. Site templates: a
/// type's detail view, <c>Content_Detail__{Type}</c> (more specific, tried first) or
/// <c>Content__{Type}</c>, and its summary in public lists, <c>Content_Summary__{Type}</c>.
/// Admin templates: a type's row in the admin's content list, <c>Content_SummaryAdmin__{Type}</c>.
/// <c>Content__{Type}</c> replaces only the detail view (in Orchard it would also replace the
/// summaries, which would put a whole page into each list row). Parts, fields, widgets and the
/// layout are not replaced.
/// </summary>
public static partial class TemplateShapes
{
    public const string SummaryAdmin = "SummaryAdmin";

    /// <summary>Admin display types read the AdminTemplates document.</summary>
    public static bool IsAdmin(string displayType) => displayType.EndsWith("Admin", StringComparison.Ordinal);

    /// <summary>The stored shape that replaces this view, or null.</summary>
    public static string? Find(Func<string, bool> stored, string contentType, string displayType)
    {
        var specific = $"Content_{displayType}__{contentType}";
        if (stored(specific))
        {
            return specific;
        }

        var general = $"Content__{contentType}";
        return displayType == "Detail" && stored(general) ? general : null;
    }

    public static bool IsRendered(string shape, bool admin) => admin ? AdminShape().IsMatch(shape) : SiteShape().IsMatch(shape);

    [GeneratedRegex(@"^Content(_Detail|_Summary)?__[A-Za-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteShape();

    [GeneratedRegex(@"^Content_SummaryAdmin__[A-Za-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AdminShape();
}

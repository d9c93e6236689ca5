using System.Text.RegularExpressions;

namespace DurhamCms.Templates.Services;

/// <summary>
/// The shapes a site template may replace: a content type's detail view on public pages, named as
/// Orchard names its alternates, <c>Content_Detail__{Type}</c> (more specific, tried first) or
/// <c>Content__{Type}</c>. Summaries, parts, fields, widgets and the layout are not replaced.
/// </summary>
public static partial class TemplateShapes
{
    public static IEnumerable<string> For(string contentType, string displayType) =>
        [$"Content_{displayType}__{contentType}", $"Content__{contentType}"];

    public static bool IsRendered(string shape) => RenderedShape().IsMatch(shape);

    [GeneratedRegex(@"^Content(_Detail)?__[A-Za-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RenderedShape();
}

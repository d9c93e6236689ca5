using AngleSharp.Dom;
using Ganss.Xss;

namespace DurhamCms.ContentFields.Services;

/// <summary>
/// Configured once and never changed afterwards, which is what makes the shared HtmlSanitizer
/// safe to call from many requests at once.
/// </summary>
public sealed class HtmlSanitizerService : IHtmlSanitizerService
{
    // Outputs kept by input: at most about 8 MB of text, every rich-text field of a large plan several times over.
    private const int MaxKeptLength = 64 * 1024;
    private const long MaxKeptTotal = 4 * 1024 * 1024;

    private readonly HtmlSanitizer _sanitizer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _kept = new(StringComparer.Ordinal);
    private long _keptLength;

    public HtmlSanitizerService()
    {
        _sanitizer = new HtmlSanitizer();

        // As Orchard: themes style content by class; a form inside content could post anywhere.
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedTags.Remove("form");

        // Layout CSS let an Author cover the page (position:fixed, z-index) with a fake sign-in box.
        // Only what aligns or decorates text stays; the theme does the layout.
        _sanitizer.AllowedCssProperties.Clear();
        foreach (var property in HarmlessCssProperties)
        {
            _sanitizer.AllowedCssProperties.Add(property);
        }

        _sanitizer.AllowedAtRules.Clear();

        // Editors link to email addresses and phone numbers; http/https are allowed already.
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");

        // Tables are for data: the structure and the header scope that screen readers need, and
        // nothing that lays them out (widths, borders, colgroups); the theme styles every table.
        foreach (var tag in TableLayoutTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }

        _sanitizer.PostProcessNode += (_, e) => KeepTableAttributes(e.Node);

        // Subscribed once, like the rest of the configuration; each call collects into its own
        // thread's list (Sanitize is synchronous), so concurrent requests never see each other's.
        _sanitizer.RemovingTag += (_, e) => _removed?.Add($"<{e.Tag.NodeName.ToLowerInvariant()}>");
        _sanitizer.RemovingAttribute += (_, e) => _removed?.Add($"the {e.Attribute.Name} attribute of <{e.Tag.NodeName.ToLowerInvariant()}>");
        _sanitizer.RemovingStyle += (_, e) => _removed?.Add($"the style {e.Style.Name}");
        _sanitizer.RemovingAtRule += (_, _) => _removed?.Add("a CSS at-rule");
        _sanitizer.RemovingComment += (_, _) => _removed?.Add("a comment");
        _sanitizer.RemovingCssClass += (_, e) => _removed?.Add($"the class {e.CssClass}");
    }

    [ThreadStatic]
    private static List<string>? _removed;

    /// <summary>The CSS properties a style attribute in authored HTML may keep.</summary>
    public static IReadOnlyList<string> HarmlessCssProperties { get; } = ["text-align", "font-weight", "font-style", "text-decoration"];

    /// <summary>The table elements authored HTML may keep, each with <see cref="TableAttributes"/> only.</summary>
    public static IReadOnlyList<string> TableTags { get; } = ["table", "caption", "thead", "tbody", "tr", "th", "td"];

    /// <summary>The only attributes a table element keeps.</summary>
    public static IReadOnlyList<string> TableAttributes { get; } = ["scope", "colspan", "rowspan"];

    private static readonly string[] TableLayoutTags = ["tfoot", "colgroup", "col"];

    private static readonly string[] ScopeValues = ["col", "row", "colgroup", "rowgroup"];

    private static void KeepTableAttributes(INode node)
    {
        if (node is not IElement element || !TableTags.Contains(element.LocalName))
        {
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            var name = attribute.LocalName;
            var kept = name switch
            {
                "scope" => element.LocalName == "th" && ScopeValues.Contains(attribute.Value.Trim().ToLowerInvariant()),
                "colspan" or "rowspan" => element.LocalName is "th" or "td" && int.TryParse(attribute.Value, out var span) && span is >= 1 and <= 100,
                _ => false,
            };
            if (!kept)
            {
                element.RemoveAttribute(attribute.Name);
                _removed?.Add($"the {name} attribute of <{element.LocalName}>");
            }
        }
    }

    /// <remarks>
    /// Pages sanitize what they show at every render (content may have been written some other way
    /// than through the editor), and parsing HTML cost more than the rest of an uncached initiative
    /// page. The output depends on the input alone, so recent outputs are kept by their input: always
    /// right, on every node, with no eviction to coordinate.
    /// </remarks>
    public string Sanitize(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return html;
        }

        if (html.Length > MaxKeptLength)
        {
            return _sanitizer.Sanitize(html);
        }

        if (_kept.TryGetValue(html, out var clean))
        {
            return clean;
        }

        clean = _sanitizer.Sanitize(html);
        if (Interlocked.Add(ref _keptLength, html.Length + clean.Length) > MaxKeptTotal)
        {
            // Past the budget: start over rather than track which outputs are old.
            _kept.Clear();
            Interlocked.Exchange(ref _keptLength, html.Length + clean.Length);
        }

        _kept[html] = clean;
        return clean;
    }

    public string Sanitize(string html, out IReadOnlyList<string> removed)
    {
        var collected = new List<string>();
        _removed = collected;
        try
        {
            // Run every time: what was taken out is reported by the sanitizer as it goes.
            var clean = string.IsNullOrEmpty(html) ? html : _sanitizer.Sanitize(html);
            removed = collected.Distinct().ToList();
            return clean;
        }
        finally
        {
            _removed = null;
        }
    }
}

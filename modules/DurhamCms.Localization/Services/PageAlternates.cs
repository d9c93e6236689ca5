namespace DurhamCms.Localization.Services;

/// <summary>
/// The same page in each culture it exists in, for this request: the layout writes them as
/// hreflang alternates and the language switch links to them. Filled by whatever knows the page
/// (an item's display, the home page); a page nobody fills has none, and its switch says so.
/// </summary>
public sealed class PageAlternates
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Culture to local path ("es-US" -> "/es/iniciativas/3-11-…").</summary>
    public IReadOnlyDictionary<string, string> Paths => _paths;

    /// <summary>The culture of the content shown, when it differs from the page's interface (English content on a Spanish page).</summary>
    public string? ContentCulture { get; set; }

    public void Add(string culture, string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            _paths[culture] = path.StartsWith('/') ? path : "/" + path;
        }
    }
}

namespace DurhamCms.Search.Contributors;

/// <summary>
/// The words of the search page, in the site's own terms. Search's defaults speak of "the
/// site"; a module that gives the site its subject sets them with
/// <c>services.Configure&lt;SearchPageText&gt;(…)</c>.
/// </summary>
public sealed class SearchPageText
{
    /// <summary>The page's heading, and its title before anything is searched.</summary>
    public string Heading { get; set; } = "Search the site";

    /// <summary>The page's meta description.</summary>
    public string Description { get; set; } = "Search the pages of this site.";

    /// <summary>The label of the search box.</summary>
    public string QueryLabel { get; set; } = "Words to look for";

    /// <summary>What the page says before anything is searched.</summary>
    public string Introduction { get; set; } = "Search the pages of this site, for example “community engagement”.";

    /// <summary>A word to suggest when a search has none (quoted as typed).</summary>
    public string ExampleWord { get; set; } = "housing";

    /// <summary>Something else to try, completing "Try other words, fewer words, or …" (null: nothing else).</summary>
    public string? AlsoTry { get; set; }
}

using System.Text.RegularExpressions;
using DurhamCms.Search.Indexing;

namespace DurhamCms.Search.Contributors;

/// <summary>
/// A facet residents narrow by: its query-string key (<c>?type=</c>), the heading it shows
/// under, and where it comes among the facets (lower first). Documents give one value each
/// (<see cref="SearchDocument.SetFacet"/>).
/// </summary>
public sealed record SearchFacet(string Key, string Heading, int Position)
{
    /// <summary>The index field: a keyword for filtering and doc values for counting.</summary>
    public string Field => SearchFields.Facet(Key);

    /// <summary>True: values are listed in their own order (numbered chapters); false: most found first.</summary>
    public bool OrderByValue { get; init; }
}

/// <summary>An order results can be put in besides relevance: <c>?sort=Key</c>, offered as <see cref="Label"/>.</summary>
public sealed record SearchSort(string Key, string Label, int Position)
{
    public string Field => SearchFields.Sort(Key);
}

/// <summary>
/// A keyword residents type exactly: a word matching <see cref="Pattern"/> (trailing
/// punctuation dropped) finds documents with that keyword, weighted by <see cref="Boost"/>
/// (the title weighs 3, the text 1). Such words are never treated as typos of other words.
/// </summary>
public sealed record SearchExactField(string Keyword, Regex Pattern, float Boost)
{
    public string Field => SearchFields.Keyword(Keyword);
}

/// <summary>
/// A facet value a hit shows, and the JSON API gives under <see cref="Name"/> (in
/// <see cref="Position"/> order, null when the hit has none): as its label when
/// <see cref="Labelled"/>, through the partial view <see cref="Partial"/> when one is named,
/// else as text beside the hit's kind.
/// </summary>
public sealed record SearchHitValue(string Name, string FacetKey, int Position)
{
    public bool Labelled { get; init; }

    public string? Partial { get; init; }
}

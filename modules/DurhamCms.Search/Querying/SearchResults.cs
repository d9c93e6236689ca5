using DurhamCms.Search.Contributors;

namespace DurhamCms.Search.Querying;

/// <summary>One page of results, with the facet counts and the hints the page shows.</summary>
public sealed class SearchResults
{
    public static readonly SearchResults Empty = new();

    /// <summary>The query as searched (cleaned and capped).</summary>
    public string Query { get; init; } = "";

    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    public IReadOnlyList<FacetGroup> Facets { get; init; } = [];

    /// <summary>The query with misspelt words corrected, when some word is in no document.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>The exact words found too little, so these results match similar words.</summary>
    public bool Approximate { get; init; }

    /// <summary>A plain sentence for the resident (an empty or shortened query, an index still building).</summary>
    public string? Message { get; init; }

    public int Page { get; init; } = 1;
    public int PageCount { get; init; }
    public bool Searched { get; init; }
}

/// <summary>
/// A hit: <see cref="Snippet"/> is HTML, encoded, with the matched words in &lt;mark&gt;.
/// <see cref="Kind"/> introduces it (its content type unless a module said better),
/// <see cref="PartOf"/> names what it belongs to, <see cref="Values"/> are the catalog's hit values in order.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Type,
    string Title,
    string? Url,
    string Snippet,
    string Kind,
    string? PartOf,
    IReadOnlyList<HitValue> Values);

/// <summary>One of the catalog's hit values for one hit; <see cref="Value"/> is null when the hit has none.</summary>
public sealed record HitValue(SearchHitValue Definition, string? Value);

public sealed record FacetGroup(SearchFacet Facet, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

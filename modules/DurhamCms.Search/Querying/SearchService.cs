using DurhamCms.Search.Contributors;
using DurhamCms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Querying;

/// <summary>
/// The residents' search over this node's index of the public profile: the words (all of them,
/// then close words when they find too little, then any of them), the filters, a page of hits
/// with snippets, facet counts, and "did you mean". Never throws for what a resident typed.
/// </summary>
public sealed class SearchService(LuceneIndexes indexes, SearchCatalog catalog, IOptions<SearchOptions> options, IOptions<SearchPageText> pageText, ILogger<SearchService> logger)
{
    /// <summary>Fewer exact hits than this and close words are tried too.</summary>
    private const int FewHits = 3;

    /// <summary>Results past page 100 are not worth collecting; the pager stops there.</summary>
    private const int MaxPages = 100;

    private readonly SearchOptions _options = options.Value;
    private readonly SearchResultCache _results = new(options.Value.ResultCacheEntries);
    private readonly FilterBitsets _filters = new();
    private readonly FacetOrdinals _ordinals = new();

    // Facet labels per index snapshot: a reader never changes, and the next snapshot (a renamed
    // page indexed) is a new key, so a label is right as soon as the change is searchable. Each
    // node caches its own index's labels; nothing here is shared between nodes.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<(string Facet, string Value), string>>> _labels = new();

    public SearchResults Search(SearchRequest request)
    {
        var text = QueryText.Parse(request.Q, _options.MaxQueryLength);
        var shortened = text.Shortened ? $"Your search was shortened to its first {_options.MaxQueryLength} characters." : null;
        if (text.Text.Length == 0 && request.Filters.Count == 0)
        {
            return SearchResults.Empty;
        }

        var index = indexes.Find(_options.ProfileName);
        if (index is null)
        {
            return new SearchResults { Query = text.Text, Searched = true, Message = "Search is getting ready. Please try again in a moment." };
        }

        try
        {
            var results = index.Search(searcher =>
            {
                SearchResults Searched() => Run(searcher, SearchAnalyzers.ForLanguage(request.Language, index.Analyzer), text, request);
                return request.Fresh ? Searched() : _results.GetOrRun(searcher.IndexReader, SearchResultCache.KeyOf(text, request), Searched);
            });
            var building = index.Rebuilding && index.NeedsRebuild ? "The search index is being rebuilt; some results may be missing for a minute." : null;
            var message = string.Join(' ', new[] { shortened, building, results.Message }.OfType<string>());
            return message.Length == 0 ? results : new SearchResults
            {
                Query = results.Query, Total = results.Total, Hits = results.Hits, Facets = results.Facets, DidYouMean = results.DidYouMean,
                Approximate = results.Approximate, Page = results.Page, PageCount = results.PageCount, Searched = true, Message = message,
            };
        }
        catch (Exception ex) when (ex is ObjectDisposedException or BooleanQuery.TooManyClausesException)
        {
            // An index being reopened by the indexer, or a query expanding past Lucene's limits.
            logger.LogWarning(ex, "Search for {Query} could not run", text.Text);
            return new SearchResults { Query = text.Text, Searched = true, Message = "Search is not available just now. Please try again in a moment." };
        }
    }

    private SearchResults Run(IndexSearcher searcher, Analyzer analyzer, QueryText text, SearchRequest request)
    {
        var builder = new SearchQueryBuilder(analyzer, catalog);
        var query = text.IsEmpty ? new MatchAllDocsQuery() : builder.Build(text, SearchQueryBuilder.Mode.AllWords);
        if (query is null)
        {
            return new SearchResults
            {
                Query = text.Text,
                Searched = true,
                Message = $"Your search has no words to look for. Try a word such as “{pageText.Value.ExampleWord}”{(pageText.Value.AlsoTry is { } also ? " or " + also : "")}.",
            };
        }

        var size = Math.Max(1, _options.PageSize);
        var page = Math.Clamp(request.Page, 1, MaxPages);
        var outcome = Execute(searcher, query, request, page * size);
        var approximate = false;
        if (outcome.Total < FewHits && text.Words.Count > 0)
        {
            foreach (var mode in new[] { SearchQueryBuilder.Mode.Fuzzy, SearchQueryBuilder.Mode.AnyWord })
            {
                if (builder.Build(text, mode) is { } wider && Execute(searcher, wider, request, page * size) is { } more && more.Total > outcome.Total)
                {
                    outcome = more;
                    approximate = true;
                }

                if (outcome.Total > 0 || text.Words.Count + text.Phrases.Count < 2)
                {
                    break;
                }
            }
        }

        var (didYouMean, corrections) = text.IsEmpty ? (null, []) : SpellingSuggester.Suggest(searcher.IndexReader, builder, text);
        var highlighter = new SnippetHighlighter(analyzer, builder.Highlight(searcher.IndexReader, text, corrections, approximate));
        var labels = _labels.GetOrCreateValue(searcher.IndexReader).GetOrAdd(request.Language ?? "", _ => DocumentLabels(searcher, request.Language));
        var hits = outcome.Docs.Skip((page - 1) * size).Take(size)
            .Select(d => ToHit(searcher.Doc(d.Doc), highlighter, labels))
            .ToList();
        return new SearchResults
        {
            Query = text.Text,
            Searched = true,
            Total = outcome.Total,
            Hits = hits,
            Facets = Facets(outcome.Counts, request, labels),
            DidYouMean = didYouMean,
            Approximate = approximate,
            Page = page,
            PageCount = (int)Math.Ceiling(Math.Min(outcome.Total, MaxPages * size) / (double)size),
        };
    }

    private sealed record Outcome(int Total, ScoreDoc[] Docs, Dictionary<string, IReadOnlyDictionary<string, int>> Counts);

    /// <summary>
    /// Hits and counts in one pass for the facets nobody filtered by; then, for each facet with a
    /// filter, a count-only pass with every other filter, so its counts show what choosing another
    /// value of it would give.
    /// </summary>
    private Outcome Execute(IndexSearcher searcher, Query query, SearchRequest request, int wanted)
    {
        // Collectors that take hits in any order let Lucene score a disjunction in bulk, the
        // faster way for broad words that match most of the index.
        ITopDocsCollector top = catalog.Sort(request.Sort) is { } sort
            ? TopFieldCollector.Create(new Sort(new SortField(sort.Field, SortFieldType.INT64), SortField.FIELD_SCORE), wanted, true, true, false, false)
            : TopScoreDocCollector.Create(wanted, false);
        var open = catalog.Facets.Where(f => request.Selected(f.Key).Count == 0).Select(f => f.Field).ToList();
        var counter = new FacetCountCollector(_ordinals, open);
        searcher.Search(Filtered(query, request, except: null), MultiCollector.Wrap(top, counter));
        var counts = open.ToDictionary(f => f, counter.CountsOf);
        foreach (var facet in catalog.Facets.Where(f => request.Selected(f.Key).Count > 0))
        {
            var only = new FacetCountCollector(_ordinals, [facet.Field]);
            searcher.Search(Filtered(query, request, except: facet), only);
            counts[facet.Field] = only.CountsOf(facet.Field);
        }

        return new Outcome(top.TotalHits, top.GetTopDocs().ScoreDocs, counts);
    }

    private Query Filtered(Query query, SearchRequest request, SearchFacet? except)
    {
        var filters = new List<Filter>();
        if (request.Language is { Length: > 0 } language)
        {
            // Documents in the language asked, and those in none.
            filters.Add(_filters.AnyOf(SearchFields.Language, [language, ""]));
        }

        foreach (var facet in catalog.Facets.Where(f => f != except))
        {
            if (request.Selected(facet.Key) is { Count: > 0 } values)
            {
                filters.Add(_filters.AnyOf(facet.Field, values));
            }
        }

        return filters.Count == 0 ? query : FilterBitsets.Apply(query, FilterBitsets.AllOf(filters));
    }

    /// <summary>
    /// Facet value -> title, from the documents that label a value of their facet (a category's
    /// page labels the category's key): read from the index at each search, so a renamed page
    /// reads right as soon as it is indexed, without rewriting the items of its category. Read once
    /// per index snapshot and language (see <see cref="_labels"/>), not at each search.
    /// </summary>
    /// <remarks>A document in the searched language labels its value over one in another (a translated priority over its English item).</remarks>
    private Dictionary<(string Facet, string Value), string> DocumentLabels(IndexSearcher searcher, string? language)
    {
        var labels = new Dictionary<(string, string), string>();
        var labelling = new BooleanQuery();
        foreach (var facet in catalog.Facets)
        {
            labelling.Add(new TermQuery(new Term(SearchFields.LabelsFacet, facet.Key)), Occur.SHOULD);
        }

        // Facets labelled by documents have a few values each, not thousands.
        // Without a language asked, English: the language the site's views are written in.
        var preferred = language ?? "en";
        var docs = searcher.Search(labelling, 100).ScoreDocs.Select(h => searcher.Doc(h.Doc))
            .OrderBy(d => (d.Get(SearchFields.Language) ?? "") == preferred ? 2 : (d.Get(SearchFields.Language) ?? "").Length == 0 ? 0 : 1);
        foreach (var doc in docs)
        {
            foreach (var facet in doc.GetValues(SearchFields.LabelsFacet).Select(catalog.Facet).OfType<SearchFacet>())
            {
                if (doc.Get(facet.Field) is { } value && doc.Get(SearchFields.DisplayText) is { } title)
                {
                    labels[(facet.Key, value)] = title;
                }
            }
        }

        return labels;
    }

    private SearchHit ToHit(Document doc, SnippetHighlighter highlighter, Dictionary<(string Facet, string Value), string> labels)
    {
        var type = doc.Get(SearchFields.ContentType);
        var values = catalog.HitValues
            .Select(v => (Definition: v, Facet: catalog.Facet(v.FacetKey)!))
            .Select(v => new HitValue(v.Definition, doc.Get(v.Facet.Field) is { } value && v.Definition.Labelled ? catalog.Label(v.Facet, value, labels) : doc.Get(v.Facet.Field)))
            .ToList();
        return new SearchHit(
            doc.Get(SearchFields.ContentItemId),
            type,
            doc.Get(SearchFields.DisplayText) ?? "",
            doc.Get(SearchFields.Url),
            highlighter.Snippet(doc.Get(SearchFields.Prose)),
            doc.Get(SearchFields.Kind) ?? type,
            doc.Get(SearchFields.PartOf),
            values);
    }

    private List<FacetGroup> Facets(Dictionary<string, IReadOnlyDictionary<string, int>> counts, SearchRequest request, Dictionary<(string Facet, string Value), string> labels)
    {
        var groups = new List<FacetGroup>();
        foreach (var facet in catalog.Facets)
        {
            var selected = request.Selected(facet.Key);
            var found = counts.GetValueOrDefault(facet.Field) ?? new Dictionary<string, int>();

            // A chosen value stays listed (with 0) so that it can be unchosen.
            var values = found.Keys.Union(selected, StringComparer.Ordinal)
                .Select(v => new FacetValue(v, catalog.Label(facet, v, labels), found.GetValueOrDefault(v), selected.Contains(v, StringComparer.Ordinal)))
                .OrderBy(v => facet.OrderByValue ? v.Value : "", StringComparer.Ordinal)
                .ThenByDescending(v => v.Count)
                .ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase)
                .ToList();
            groups.Add(new FacetGroup(facet, values));
        }

        return groups;
    }
}

using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DurhamCms.Search.Querying;

/// <summary>
/// The searches' filters (a language, a facet value) as one bit per document, worked out once per
/// index segment and kept for as long as the segment lives: a filtered search then only tests a
/// bit for each document it scores, instead of walking the filter's terms again every time.
/// Segments are immutable, so a kept set is never stale; each node keeps its own, and a merged
/// segment's sets are dropped with it.
/// </summary>
internal sealed class FilterBitsets
{
    /// <summary>Distinct term filters kept; a resident's filter values are free text, so the set is bounded.</summary>
    private const int MaxTerms = 256;

    private static readonly FilteredQuery.FilterStrategy TestEachBit = new RandomAccess();

    private readonly ConcurrentDictionary<(string Field, string Value), Filter> _terms = new();

    /// <summary>The documents with any of <paramref name="values"/> in <paramref name="field"/>.</summary>
    public Filter AnyOf(string field, IEnumerable<string> values) => new Combined(values.Select(v => Term(field, v)).ToList(), all: false);

    /// <summary>The documents every one of <paramref name="filters"/> lets through.</summary>
    public static Filter AllOf(IReadOnlyList<Filter> filters) => filters.Count == 1 ? filters[0] : new Combined(filters, all: true);

    /// <summary><paramref name="query"/>, keeping only what <paramref name="filter"/> lets through, testing its bits as it scores.</summary>
    public static Query Apply(Query query, Filter filter) => new FilteredQuery(query, filter, TestEachBit);

    private Filter Term(string field, string value)
    {
        if (_terms.TryGetValue((field, value), out var cached))
        {
            return cached;
        }

        if (_terms.Count >= MaxTerms)
        {
            _terms.Clear();
        }

        return _terms.GetOrAdd((field, value), key => new BitsetCache(new QueryWrapperFilter(new TermQuery(new Term(key.Field, key.Value)))));
    }

    private static FixedBitSet? BitsOf(DocIdSet? docs, int maxDoc)
    {
        if (docs is FixedBitSet bits)
        {
            return bits;
        }

        if (docs?.GetIterator() is not { } iterator)
        {
            return null;
        }

        var copy = new FixedBitSet(maxDoc);
        copy.Or(iterator);
        return copy;
    }

    /// <summary>Keeps each segment's documents as a <see cref="FixedBitSet"/>, which can be tested by document.</summary>
    private sealed class BitsetCache(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    /// <summary>All or any of some kept filters, combined per segment into a new set (the kept ones are shared and never changed).</summary>
    private sealed class Combined(IReadOnlyList<Filter> filters, bool all) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            FixedBitSet? result = null;
            foreach (var filter in filters)
            {
                var bits = BitsOf(filter.GetDocIdSet(context, null), maxDoc);
                if (bits is null)
                {
                    if (all)
                    {
                        return null;
                    }

                    continue;
                }

                if (result is null)
                {
                    result = new FixedBitSet(maxDoc);
                    result.Or(bits);
                }
                else if (all)
                {
                    result.And(bits);
                }
                else
                {
                    result.Or(bits);
                }
            }

            return result is null ? null : BitsFilteredDocIdSet.Wrap(result, acceptDocs);
        }
    }

    /// <summary>A bit set answers "is this document in?" at once, so the query never leapfrogs with the filter.</summary>
    private sealed class RandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Counts the values of some facet fields over the documents a query matches: per segment by
/// ordinal (an array increment per hit), turned into strings once per segment. Run beside the hits
/// collector, so counting costs no second search.
/// </summary>
internal sealed class FacetCountCollector(FacetOrdinals ordinals, IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Count];
    private readonly int[]?[] _segmentOrdinals = new int[]?[fields.Count];
    private readonly int[][] _ordinalCounts = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int> CountsOf(string field)
    {
        Flush();
        return _counts[IndexOf(field)];
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < fields.Count; i++)
        {
            _values[i] = context.AtomicReader.GetSortedDocValues(fields[i]);
            _segmentOrdinals[i] = _values[i] is null ? null : ordinals.Of(context.AtomicReader, fields[i], _values[i]!);
            _ordinalCounts[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _segmentOrdinals.Length; i++)
        {
            if (_segmentOrdinals[i] is { } ords && ords[doc] is var ord and >= 0)
            {
                _ordinalCounts[i][ord]++;
            }
        }
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            for (var ord = 0; ord < _ordinalCounts[i].Length; ord++)
            {
                if (_ordinalCounts[i][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _counts[i][key] = _counts[i].GetValueOrDefault(key) + _ordinalCounts[i][ord];
                }
            }

            _values[i] = null;
            _segmentOrdinals[i] = null;
        }
    }

    private int IndexOf(string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"{field} is not counted by this collector.", nameof(field));
    }
}

/// <summary>
/// Each segment's facet value ordinals, one int per document, read once from the doc values and
/// kept while the segment lives. Reading an ordinal from the doc values goes through the
/// memory-mapped file a byte at a time, which cost more than the rest of a broad search; an array
/// read costs next to nothing. Segments never change, so the arrays are never stale; a merged
/// segment's arrays go with it. About 4 bytes per document per facet; each node keeps its own.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> _bySegment = new();

    public int[] Of(AtomicReader segment, string field, SortedDocValues values) =>
        _bySegment.GetOrCreateValue(segment.CoreCacheKey).GetOrAdd(field, _ =>
        {
            var ords = new int[segment.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = values.GetOrd(doc);
            }

            return ords;
        });
}

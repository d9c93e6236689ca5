using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Counts the values of some facet fields over the documents a query matches, from their doc
/// values: per segment by ordinal (an array increment per hit), turned into strings once per
/// segment. Run beside the hits collector, so counting costs no second search.
/// </summary>
internal sealed class FacetCountCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedDocValues?[] _values = new SortedDocValues?[fields.Count];
    private readonly int[][] _ordinals = new int[fields.Count][];

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
            _ordinals[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } values && values.GetOrd(doc) is var ord and >= 0)
            {
                _ordinals[i][ord]++;
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

            for (var ord = 0; ord < _ordinals[i].Length; ord++)
            {
                if (_ordinals[i][ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _counts[i][key] = _counts[i].GetValueOrDefault(key) + _ordinals[i][ord];
                }
            }

            _values[i] = null;
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

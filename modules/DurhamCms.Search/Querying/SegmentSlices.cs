using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DurhamCms.Search.Querying;

/// <summary>
/// A search over an index's segments in slices at once, one per core, each with its own
/// collectors, as Lucene's own searcher does when given an executor (which it cannot do for
/// the custom collectors the facets need). A broad word's hits are scored on every core instead
/// of one, so a resident waits about half as long on two cores; the results are the same, since
/// every slice scores with the one weight and the merge keeps Lucene's order for equal scores.
/// </summary>
internal static class SegmentSlices
{
    /// <summary>
    /// The segments of <paramref name="reader"/> in up to <paramref name="count"/> runs of
    /// neighbours with about as many documents each; in index order, so that merged hits with equal
    /// scores keep the order one pass would give them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<AtomicReaderContext>> Of(IndexReader reader, int count)
    {
        var leaves = reader.Leaves;
        var slices = new List<IReadOnlyList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        var share = Math.Max(1, reader.MaxDoc / Math.Max(1, count));
        var filled = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            filled += leaf.AtomicReader.MaxDoc;
            if (filled >= share * (slices.Count + 1) && slices.Count < count - 1)
            {
                slices.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            slices.Add(current);
        }

        return slices;
    }

    /// <summary>Runs <paramref name="query"/> over each slice with that slice's collector, the slices at once.</summary>
    public static void Search(IndexSearcher searcher, Query query, IReadOnlyList<IReadOnlyList<AtomicReaderContext>> slices, IReadOnlyList<ICollector> collectors)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        if (slices.Count == 1)
        {
            Collect(weight, slices[0], collectors[0]);
            return;
        }

        Parallel.For(0, slices.Count, i => Collect(weight, slices[i], collectors[i]));
    }

    // What IndexSearcher does for each segment.
    private static void Collect(Weight weight, IReadOnlyList<AtomicReaderContext> leaves, ICollector collector)
    {
        foreach (var leaf in leaves)
        {
            try
            {
                collector.SetNextReader(leaf);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }

            if (weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            try
            {
                scorer.Score(collector);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has what it wanted from this segment.
            }
        }
    }
}

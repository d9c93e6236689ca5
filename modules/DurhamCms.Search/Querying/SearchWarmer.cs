using DurhamCms.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Searches a node runs on its own index once its first indexing pass is done, as Solr's
/// first-searcher queries do. A node just started runs the code of a search (Lucene's scorers,
/// the facet counts, the highlighter) as the .NET JIT's quick first tier until each method has
/// been called often enough to be optimised: on the 50,000-document bench the first 200 one-word
/// searches after a start had a p95 four times the steady one, and it took about 500 searches to
/// reach it (most likely tier-1 code arriving, with dynamic PGO's instrumented tier between). Warming spends that on the
/// node, not on the first residents to search after a deploy. The words come from the index itself
/// (titles of documents spread across it), in English and Spanish, one-word, two-word and misspelt,
/// so every path of <see cref="SearchService.Search"/> is taken. Each node warms its own process;
/// nothing is shared or written.
/// </summary>
public sealed class SearchWarmer(SearchService search, LuceneIndexes indexes, IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchWarmer> logger)
{
    /// <summary>Documents whose titles give the warm-up words.</summary>
    private const int SampledDocuments = 40;

    private static readonly string?[] Languages = ["en", "es", null];

    /// <summary>Searches run by the last warm-up (0: none yet, or nothing to search).</summary>
    public int Searches { get; private set; }

    /// <summary>A warm-up has ended, however (run, nothing to search, failed): <see cref="Indexing.SearchReadinessCheck"/> waits for it.</summary>
    public bool Done { get; private set; }

    /// <summary>
    /// Runs <see cref="SearchOptions.WarmUpSearches"/> searches on the profile's index, stopping
    /// early when <see cref="SearchOptions.WarmUpTime"/> has passed; the number run.
    /// </summary>
    public int Warm(CancellationToken ct = default)
    {
        try
        {
            return Run(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "The search warm-up stopped early; this node serves searches unwarmed.");
            return Searches;
        }
        finally
        {
            Done = true;
        }
    }

    private int Run(CancellationToken ct)
    {
        var wanted = options.Value.WarmUpSearches;
        if (wanted <= 0 || indexes.Find(options.Value.ProfileName) is not { } index)
        {
            return 0;
        }

        var words = index.Search(searcher => WordsOf(searcher.IndexReader));
        if (words.Count == 0)
        {
            return 0;
        }

        var started = clock.GetUtcNow();
        var run = 0;
        for (; run < wanted && !ct.IsCancellationRequested && clock.GetUtcNow() - started < options.Value.WarmUpTime; run++)
        {
            // Each word alone, with the next word, and misspelt (close words are then tried), in each language.
            var word = words[run / 9 % words.Count];
            var q = (run % 3) switch
            {
                0 => word,
                1 => word + " " + words[(run / 9 + 1) % words.Count],
                _ => word.Remove(word.Length / 2, 1),
            };

            // Fresh: the warm-up's results are not kept for residents' searches.
            search.Search(new SearchRequest { Q = q, Language = Languages[run / 3 % Languages.Length], Fresh = true });
        }

        Searches = run;
        logger.LogInformation("Search warmed with {Searches} searches in {Elapsed} ms", run, (long)(clock.GetUtcNow() - started).TotalMilliseconds);
        return run;
    }

    /// <summary>Distinct words of four letters or more from the titles of documents spread across the index.</summary>
    private static List<string> WordsOf(IndexReader reader)
    {
        var words = new List<string>();
        var live = MultiFields.GetLiveDocs(reader);
        var step = Math.Max(1, reader.MaxDoc / SampledDocuments);
        for (var doc = 0; doc < reader.MaxDoc; doc += step)
        {
            if (live is null || live.Get(doc))
            {
                words.AddRange((reader.Document(doc).Get(SearchFields.DisplayText) ?? "")
                    .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => new string(word.Where(char.IsLetter).ToArray()).ToLowerInvariant())
                    .Where(word => word.Length >= 4));
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }
}

using DurhamCms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DurhamCms.Search.Querying;

/// <summary>
/// "Did you mean": each typed word found in no document is replaced by the closest word the
/// index holds (fewest edits, then the most documents), found by letting Lucene expand a fuzzy
/// query over the words field, so no separate dictionary has to be kept in step.
/// </summary>
internal static class SpellingSuggester
{
    public static (string? Suggestion, IReadOnlyList<string> Corrections) Suggest(IndexReader reader, SearchQueryBuilder builder, QueryText text)
    {
        var changed = false;
        var corrections = new List<string>();
        var words = new List<string>();
        foreach (var word in text.Words)
        {
            var typed = builder.Terms(SearchFields.Words, word);
            if (typed.Count != 1 || typed[0].Length < 4 || builder.IsExact(typed[0])
                || reader.DocFreq(new Term(SearchFields.Words, typed[0])) > 0
                || Closest(reader, typed[0]) is not { } better)
            {
                words.Add(word);
                continue;
            }

            words.Add(better);
            corrections.Add(better);
            changed = true;
        }

        if (!changed)
        {
            return (null, []);
        }

        var phrases = text.Phrases.Select(p => $"\"{p}\"");
        return (string.Join(' ', words.Concat(phrases)), corrections);
    }

    private static string? Closest(IndexReader reader, string typed)
    {
        // The expansion scores each candidate by its similarity; rewrite keeps the best 50.
        var rewritten = new FuzzyQuery(new Term(SearchFields.Words, typed), SearchQueryBuilder.Edits(typed), 1).Rewrite(reader);
        var candidates = rewritten switch
        {
            BooleanQuery boolean => boolean.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(t => (t.Term.Text, t.Boost)),
            TermQuery single => [(single.Term.Text, single.Boost)],
            _ => [],
        };
        return candidates
            .Where(c => c.Text != typed)
            .OrderByDescending(c => c.Boost)
            .ThenByDescending(c => reader.DocFreq(new Term(SearchFields.Words, c.Text)))
            .Select(c => c.Text)
            .FirstOrDefault();
    }
}

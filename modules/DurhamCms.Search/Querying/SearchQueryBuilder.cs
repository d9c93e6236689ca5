using DurhamCms.Search.Contributors;
using DurhamCms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Builds Lucene queries from a resident's words, through the index's own analyzer. Each word
/// may match the title (weighted 3), the full text, or, when a module's exact field claims it
/// (a number such as 3.11), that field's keyword, weighted as the module says.
/// Three strengths: every word (the default), every word or a word close to it (typos), any
/// word (the last resort).
/// </summary>
public sealed class SearchQueryBuilder(Analyzer analyzer, SearchCatalog catalog)
{
    public enum Mode
    {
        AllWords,
        Fuzzy,
        AnyWord,
    }

    private const float TitleBoost = 3f;

    // Typos in words shorter than this are more often other words ("plan"/"plant").
    private const int MinFuzzyLength = 4;

    /// <summary>The words' query, or null when no word survives analysis (only punctuation, stop words, '*').</summary>
    public Query? Build(QueryText text, Mode mode)
    {
        var clauses = new List<Query>();
        foreach (var word in text.Words)
        {
            if (Word(word, mode == Mode.Fuzzy) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        foreach (var phrase in text.Phrases)
        {
            if (Phrase(phrase) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        // One word alone needs no wrapping: its own disjunction is then the top query, which
        // Lucene scores in bulk, out of order (a required clause forces in-order, hit-by-hit scoring).
        if (clauses.Count == 1)
        {
            return clauses[0];
        }

        var query = new BooleanQuery();
        foreach (var clause in clauses)
        {
            query.Add(clause, mode == Mode.AnyWord ? Occur.SHOULD : Occur.MUST);
        }

        return query;
    }

    /// <summary>
    /// The query the highlighter marks words of, on the full text: each word's stems, and close
    /// words when matching typos. Close words are expanded once here against the index, so the
    /// highlighter sees plain terms: left as fuzzy queries it would expand them again for every
    /// hit's text, which costs more than the search.
    /// </summary>
    public Query Highlight(IndexReader reader, QueryText text, IEnumerable<string> extraWords, bool fuzzy)
    {
        var query = new BooleanQuery();
        foreach (var word in text.Words.Concat(extraWords).Concat(text.Phrases))
        {
            foreach (var term in Terms(SearchFields.FullText, word))
            {
                query.Add(new TermQuery(new Term(SearchFields.FullText, term)), Occur.SHOULD);
                if (fuzzy && term.Length >= MinFuzzyLength)
                {
                    query.Add(new FuzzyQuery(new Term(SearchFields.FullText, term), Edits(term), 1, maxExpansions: 10, transpositions: true).Rewrite(reader), Occur.SHOULD);
                }
            }
        }

        return query;
    }

    /// <summary>The words of <paramref name="text"/> as <paramref name="field"/> indexes them.</summary>
    public IReadOnlyList<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>A word some exact field claims: matched as typed, never as a typo of another word.</summary>
    public bool IsExact(string word) => catalog.IsExact(word);

    /// <summary>One typo in a short word, two in a long one: two edits of a short word reach too many other words (and cost more to expand).</summary>
    internal static int Edits(string term) => term.Length >= 8 ? 2 : 1;

    private BooleanQuery? Word(string word, bool fuzzy)
    {
        var either = new BooleanQuery(disableCoord: true);
        AddField(either, SearchFields.DisplayText, word, TitleBoost);
        AddField(either, SearchFields.FullText, word, 1f);
        // "3.11." at the end of a sentence is still "3.11".
        var exact = word.TrimEnd('.', ',', ';', ':');
        foreach (var field in catalog.ExactFields.Where(f => f.Pattern.IsMatch(exact)))
        {
            either.Add(new TermQuery(new Term(field.Field, exact)) { Boost = field.Boost }, Occur.SHOULD);
        }

        if (fuzzy)
        {
            foreach (var typed in Terms(SearchFields.Words, word).Where(t => t.Length >= MinFuzzyLength && !IsExact(t)))
            {
                // A close word scores below the word itself, so exact matches still lead.
                either.Add(new FuzzyQuery(new Term(SearchFields.Words, typed), Edits(typed), 1) { Boost = 0.5f }, Occur.SHOULD);
            }
        }

        return either.Clauses.Count == 0 ? null : either;
    }

    private BooleanQuery? Phrase(string phrase)
    {
        var either = new BooleanQuery(disableCoord: true);
        AddField(either, SearchFields.DisplayText, phrase, TitleBoost);
        AddField(either, SearchFields.FullText, phrase, 1f);
        return either.Clauses.Count == 0 ? null : either;
    }

    /// <summary>One term, or the terms in order as a phrase (a word the analyzer splits, "e-mail", or a quoted phrase).</summary>
    private void AddField(BooleanQuery into, string field, string text, float boost)
    {
        var positions = new List<(string Term, int Position)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                positions.Add((term.ToString(), position));
            }

            stream.End();
        }

        if (positions.Count == 1)
        {
            into.Add(new TermQuery(new Term(field, positions[0].Term)) { Boost = boost }, Occur.SHOULD);
        }
        else if (positions.Count > 1)
        {
            var phrase = new PhraseQuery { Boost = boost };
            foreach (var (term, position) in positions)
            {
                phrase.Add(new Term(field, term), position);
            }

            into.Add(phrase, Occur.SHOULD);
        }
    }
}

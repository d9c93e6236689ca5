using System.Net;
using DurhamCms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DurhamCms.Search.Querying;

/// <summary>
/// The best fragment of an item's text with the matched words in &lt;mark&gt;. The text is HTML
/// encoded before marks are added, so a snippet is safe to write into the page as it is; an item
/// whose text holds no match shows its opening words instead.
/// </summary>
internal sealed class SnippetHighlighter(Analyzer analyzer, Query query)
{
    private const int FragmentSize = 180;

    private readonly Highlighter _highlighter = NewHighlighter(query);

    public string Snippet(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var best = _highlighter.GetBestFragment(analyzer, SearchFields.FullText, text);
        if (!string.IsNullOrEmpty(best))
        {
            return best.Trim();
        }

        var cut = text.Length <= FragmentSize ? text.Length : text.LastIndexOf(' ', FragmentSize) is > 0 and var space ? space : FragmentSize;
        var opening = cut == text.Length ? text : text[..cut] + " …";
        return WebUtility.HtmlEncode(opening);
    }

    /// <remarks>
    /// The highlight query holds single terms only (phrases arrive as their words), so a term
    /// scorer marks exactly what a span scorer would, without building a span index of each
    /// hit's text: that was a third of a broad one-word search.
    /// </remarks>
    private static Highlighter NewHighlighter(Query query) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryTermScorer(query, SearchFields.FullText))
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
        };
}

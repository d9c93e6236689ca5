using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// The analysis chains. Text fields: Unicode word breaks (which keep "3.11" whole), possessives
/// dropped, lower case, accents folded ("café" finds "cafe"), English stop words, and for the
/// "english" analyzer Porter stemming ("engagement", "engaging" and "engaged" meet). The words
/// field stops before stop words and stemming: typo matching compares words as people type them.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer ForProfile(string? analyzerName)
    {
        var stem = !string.Equals(Normalize(analyzerName), "standard", StringComparison.Ordinal);
        return new PerFieldAnalyzerWrapper(Text(stem), new Dictionary<string, Analyzer> { [SearchFields.Words] = Words() });
    }

    /// <summary>Orchard names analyzers "standardanalyzer"; we accept both spellings.</summary>
    public static string Normalize(string? analyzerName)
    {
        var name = (analyzerName ?? "english").Trim().ToLowerInvariant();
        return name.EndsWith("analyzer", StringComparison.Ordinal) ? name[..^"analyzer".Length] : name;
    }

    public static bool IsKnown(string? analyzerName) => Normalize(analyzerName) is "standard" or "english";

    private static Analyzer Text(bool stem) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (stem)
        {
            stream = new PorterStemFilter(stream);
        }

        return new TokenStreamComponents(source, stream);
    });

    private static Analyzer Words() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    });
}

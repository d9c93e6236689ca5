using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
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

    /// <summary>
    /// Spanish text (a document or a search in "es"): Spanish stop words, then Lucene's light Spanish
    /// stemmer ("iniciativas" and "iniciativa" meet; it also drops accents) and accent folding, so
    /// "participacion" typed without its accent finds "participación". The words field is shared.
    /// </summary>
    public static Analyzer Spanish { get; } =
        new PerFieldAnalyzerWrapper(SpanishText(), new Dictionary<string, Analyzer> { [SearchFields.Words] = Words() });

    /// <summary>The language whose analysis a document or a search gets: Spanish for "es", the profile's otherwise.</summary>
    public static Analyzer ForLanguage(string? language, Analyzer profileAnalyzer) =>
        string.Equals(language, "es", StringComparison.Ordinal) ? Spanish : profileAnalyzer;

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

    private static Analyzer SpanishText() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, SpanishAnalyzer.DefaultStopSet);
        stream = new SpanishLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
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

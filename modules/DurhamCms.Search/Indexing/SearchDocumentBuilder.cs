using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.Search.Contributors;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DurhamCms.Search.Indexing;

/// <summary>Turns an item and what the contributors said of it into one Lucene document.</summary>
public static class SearchDocumentBuilder
{
    public static Document Build(SearchDocument contributed)
    {
        var item = contributed.Item;
        var title = item.DisplayText ?? "";
        var fullText = string.Join(' ', contributed.Text);
        var document = new Document
        {
            new StringField(SearchFields.ContentItemId, item.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.ContentItemVersionId, item.ContentItemVersionId, Field.Store.YES),
            new StringField(SearchFields.ContentType, item.ContentType, Field.Store.YES),
            new TextField(SearchFields.DisplayText, title, Field.Store.YES),
            new StringField(SearchFields.DisplayTextKeyword, title.Length > 256 ? title[..256] : title, Field.Store.NO),
            new TextField(SearchFields.FullText, fullText, Field.Store.NO),
            new StoredField(SearchFields.Prose, string.Join(' ', contributed.QuotableText)),
            new StringField(SearchFields.Published, item.Published ? "true" : "false", Field.Store.NO),
            new StringField(SearchFields.Latest, item.Latest ? "true" : "false", Field.Store.NO),
            new TextField(SearchFields.Words, title + " " + fullText, Field.Store.NO),
        };
        document.Add(new StringField(SearchFields.Language, LanguageOf(contributed.Culture), Field.Store.YES));
        if (contributed.Culture is { Length: > 0 } culture)
        {
            document.Add(new StringField(SearchFields.Culture, culture, Field.Store.YES));
        }

        if (item.ModifiedUtc is { } modified)
        {
            document.Add(new StringField(SearchFields.ModifiedUtc, modified.ToString("O", CultureInfo.InvariantCulture), Field.Store.YES));
        }

        Stored(document, SearchFields.Url, contributed.Url);
        Stored(document, SearchFields.Kind, contributed.Kind);
        Stored(document, SearchFields.PartOf, contributed.PartOf);
        foreach (var (name, value) in contributed.Keywords)
        {
            document.Add(new StringField(SearchFields.Keyword(name), value, Field.Store.YES));
        }

        foreach (var (key, value) in contributed.Facets)
        {
            // A keyword for filtering, the same value as doc values for counting, and stored for display.
            var field = SearchFields.Facet(key);
            document.Add(new StringField(field, value, Field.Store.YES));
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }

        foreach (var (key, value) in contributed.SortValues)
        {
            document.Add(new NumericDocValuesField(SearchFields.Sort(key), value));
        }

        foreach (var facet in contributed.LabelledFacets)
        {
            document.Add(new StringField(SearchFields.LabelsFacet, facet, Field.Store.YES));
        }

        return document;
    }

    private static void Stored(Document document, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(name, value));
        }
    }

    /// <summary>"es" of "es-US"; "" for no culture (or one .NET does not know).</summary>
    public static string LanguageOf(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return "";
        }

        try
        {
            return CultureInfo.GetCultureInfo(culture.Trim()).TwoLetterISOLanguageName;
        }
        catch (CultureNotFoundException)
        {
            return "";
        }
    }
}

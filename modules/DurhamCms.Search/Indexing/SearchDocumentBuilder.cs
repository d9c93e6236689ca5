using System.Globalization;
using DurhamCms.ContentManagement;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Search.Indexing;

/// <summary>Turns a content item and its plan facts into one Lucene document.</summary>
public static class SearchDocumentBuilder
{
    public static Document Build(ContentItem item, PlanFacts facts)
    {
        var title = item.DisplayText ?? "";
        var fullText = ContentText.FullText(item);
        var document = new Document
        {
            new StringField(SearchFields.ContentItemId, item.ContentItemId, Field.Store.YES),
            new StringField(SearchFields.ContentItemVersionId, item.ContentItemVersionId, Field.Store.YES),
            new StringField(SearchFields.ContentType, item.ContentType, Field.Store.YES),
            new TextField(SearchFields.DisplayText, title, Field.Store.YES),
            new StringField(SearchFields.DisplayTextKeyword, title.Length > 256 ? title[..256] : title, Field.Store.NO),
            new TextField(SearchFields.FullText, fullText, Field.Store.NO),
            new StoredField(SearchFields.Prose, ContentText.Prose(item)),
            new StringField(SearchFields.Published, item.Published ? "true" : "false", Field.Store.NO),
            new StringField(SearchFields.Latest, item.Latest ? "true" : "false", Field.Store.NO),
            new TextField(SearchFields.Words, title + " " + fullText, Field.Store.NO),
            new NumericDocValuesField(SearchFields.PlanSortKey, facts.SortKey),
        };
        if (item.ModifiedUtc is { } modified)
        {
            document.Add(new StringField(SearchFields.ModifiedUtc, modified.ToString("O", CultureInfo.InvariantCulture), Field.Store.YES));
        }

        if (item.ContentType == Initiative.Type && facts.InitiativeNumber is { } own)
        {
            document.Add(new StringField(SearchFields.InitiativeNumber, own, Field.Store.YES));
        }

        Stored(document, SearchFields.PlanInitiativeId, facts.InitiativeId);
        Stored(document, SearchFields.PlanInitiativeTitle, facts.InitiativeTitle);
        Stored(document, SearchFields.Url, facts.Url);
        if (facts.InitiativeNumber is { } number)
        {
            document.Add(new StringField(SearchFields.PlanInitiativeNumber, number, Field.Store.YES));
        }

        Facet(document, SearchFields.FacetType, item.ContentType);
        Facet(document, SearchFields.FacetPriority, facts.PriorityNumber);
        Facet(document, SearchFields.FacetStatus, facts.Status);
        Facet(document, SearchFields.FacetDepartment, facts.Department);
        Facet(document, SearchFields.FacetPlanCycle, facts.PlanCycle);
        return document;
    }

    private static void Stored(Document document, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(name, value));
        }
    }

    /// <summary>A keyword for filtering, the same value as doc values for counting, and stored for display.</summary>
    private static void Facet(Document document, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(name, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(name, new BytesRef(value)));
    }
}

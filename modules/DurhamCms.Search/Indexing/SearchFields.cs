namespace DurhamCms.Search.Indexing;

/// <summary>
/// Field names of a search document. The content fields keep Orchard's names, so queries written
/// for an Orchard Lucene index read ours; the plan's facets and links are ours.
/// </summary>
public static class SearchFields
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string DisplayText = "Content.ContentItem.DisplayText.Analyzed";
    public const string DisplayTextKeyword = "Content.ContentItem.DisplayText.keyword";
    public const string FullText = "Content.ContentItem.FullText";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";

    /// <summary>The item's prose, stored only: snippets are cut from it (see <see cref="ContentText.Prose"/>).</summary>
    public const string Prose = "Search.Prose";

    /// <summary>Title and text again, lower-cased and folded but not stemmed: the words as typed, for typo matching and "did you mean".</summary>
    public const string Words = "Search.Words";

    /// <summary>An initiative's own number ("3.11"); only initiatives carry it.</summary>
    public const string InitiativeNumber = "Initiative.Number";

    /// <summary>The initiative an item belongs to (its own for an initiative): id, number, title.</summary>
    public const string PlanInitiativeId = "Plan.InitiativeContentItemId";
    public const string PlanInitiativeNumber = "Plan.InitiativeNumber";
    public const string PlanInitiativeTitle = "Plan.InitiativeTitle";

    /// <summary>Numeric order of the initiative's number (priorities: their number with objective 0), for sorting by number.</summary>
    public const string PlanSortKey = "Plan.NumberSortKey";

    /// <summary>Where the hit links to: the item's own page, or its initiative's.</summary>
    public const string Url = "Plan.Url";

    // Facets: one keyword value per document, indexed for filters and kept as doc values for counts.
    public const string FacetPriority = "Facet.Priority";
    public const string FacetStatus = "Facet.Status";
    public const string FacetDepartment = "Facet.Department";
    public const string FacetType = "Facet.Type";
    public const string FacetPlanCycle = "Facet.PlanCycle";
}

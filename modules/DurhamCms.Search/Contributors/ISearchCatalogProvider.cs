namespace DurhamCms.Search.Contributors;

/// <summary>
/// A module's say in how residents search: the facets it fills and how their values read, the
/// sorts it offers, the fields typed exactly (a number) and the values a hit shows. Read once,
/// when the catalog is first needed.
/// </summary>
public interface ISearchCatalogProvider
{
    void Describe(SearchCatalogBuilder catalog);
}

using DurhamCms.Search.Contributors;

namespace DurhamCms.Search.Indexing;

/// <summary>Search's own facet, which every site has: the content type (see <see cref="SearchCatalog.TypeFacet"/>).</summary>
internal sealed class ContentTypeFacet : ISearchDocumentContributor, ISearchCatalogProvider
{
    public void Describe(SearchCatalogBuilder catalog) => catalog.AddFacet(new SearchFacet(SearchCatalog.TypeFacet, "Type", Position: 40));

    public Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct)
    {
        foreach (var document in batch.Documents)
        {
            document.SetFacet(SearchCatalog.TypeFacet, document.Item.ContentType);
        }

        return Task.CompletedTask;
    }
}

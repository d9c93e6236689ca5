using System.Text.RegularExpressions;
using DurhamCms.ContentManagement;
using DurhamCms.Search.Contributors;
using DurhamCms.Search.Controllers;
using DurhamCms.Search.Indexing;
using DurhamCms.Search.Querying;

namespace DurhamCms.Tests.Search;

/// <summary>The contracts modules fill search through: the catalog they describe, and the documents Search's own contributors write.</summary>
public sealed class SearchContributorTests
{
    [Fact]
    public void Facets_sorts_and_hit_values_come_in_their_positions_whichever_module_declared_them_first()
    {
        var catalog = Catalog(
            c => c.AddFacet(new SearchFacet("late", "Late", Position: 90)).AddSort(new SearchSort("b", "B", Position: 2)),
            c => c.AddFacet(new SearchFacet("early", "Early", Position: 5)).AddSort(new SearchSort("a", "A", Position: 1)));

        Assert.Equal(["early", "type", "late"], catalog.Facets.Select(f => f.Key));
        Assert.Equal(["a", "b"], catalog.Sorts.Select(s => s.Key));
        Assert.Equal("b", catalog.Sort("B")?.Key);
        Assert.Null(catalog.Sort("';drop"));
    }

    [Fact]
    public void A_facet_declared_twice_or_a_hit_value_of_no_facet_stops_the_site_naming_it()
    {
        var twice = Assert.Throws<InvalidOperationException>(() => Catalog(c => c.AddFacet(new SearchFacet("type", "Kind", Position: 1))));
        var orphan = Assert.Throws<InvalidOperationException>(() => Catalog(c => c.AddHitValue(new SearchHitValue("colour", "colour", Position: 1))));

        Assert.Contains("'type' is declared twice", twice.Message, StringComparison.Ordinal);
        Assert.Contains("'colour'", orphan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_reads_as_the_document_that_labels_it_then_as_a_module_labels_it_then_as_itself()
    {
        var catalog = Catalog(c => c.LabelValues(SearchCatalog.TypeFacet, v => v == "BlogPost" ? "Blog posts" : null));
        var type = catalog.Facet(SearchCatalog.TypeFacet)!;
        var documents = new Dictionary<(string Facet, string Value), string> { [(SearchCatalog.TypeFacet, "Page")] = "Pages of the site" };

        Assert.Equal("Pages of the site", catalog.Label(type, "Page", documents));
        Assert.Equal("Blog posts", catalog.Label(type, "BlogPost", documents));
        Assert.Equal("Article", catalog.Label(type, "Article", documents));
    }

    [Fact]
    public void Exact_fields_claim_only_the_words_that_match_them()
    {
        var catalog = Catalog(c => c.AddExactField(new SearchExactField("Chapter", new Regex(@"^[1-9]\.[0-9]+$"), Boost: 10f)));

        Assert.True(catalog.IsExact("3.11"));
        Assert.False(catalog.IsExact("housing"));
        Assert.Equal("Keyword.Chapter", catalog.ExactFields.Single().Field);
    }

    [Fact]
    public void A_different_set_of_facets_or_contributors_is_a_different_document_layout()
    {
        var plain = new SearchDocumentComposer([], Catalog());
        var withFacet = new SearchDocumentComposer([], Catalog(c => c.AddFacet(new SearchFacet("colour", "Colour", Position: 1))));
        var withContributor = new SearchDocumentComposer([new NothingContributor()], Catalog());

        Assert.Equal(plain.Layout, new SearchDocumentComposer([], Catalog()).Layout);
        Assert.NotEqual(plain.Layout, withFacet.Layout);
        Assert.NotEqual(plain.Layout, withContributor.Layout);
    }

    [Fact]
    public async Task Search_writes_body_parts_and_fields_words_the_route_and_the_type_of_any_item()
    {
        var item = ContentItem.FromJson("""
            {
              "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentItemVersionId": "4k7qxzmb2hf8yd3nq0vw5t9cj2",
              "ContentType": "Article", "DisplayText": "Night sky", "Published": true, "Latest": true,
              "TitlePart": { "Title": "Night sky" },
              "AutoroutePart": { "Path": "/articles/night-sky/" },
              "HtmlBodyPart": { "Html": "<p>Stars &amp; <b>comets</b> over Durham.</p>" },
              "Article": { "Subtitle": { "Text": "Short label" }, "Notes": { "Markdown": "Bring **binoculars**." } }
            }
            """);

        var document = Assert.Single(await new SearchDocumentComposer([], Catalog()).BuildAsync([item], latest: false, CancellationToken.None));

        Assert.Equal("/articles/night-sky", document.Get(SearchFields.Url));
        Assert.Equal("Article", document.Get(SearchFields.Facet(SearchCatalog.TypeFacet)));
        Assert.Equal("Stars & comets over Durham. Bring **binoculars**.", document.Get(SearchFields.Prose));
        Assert.Null(document.Get(SearchFields.Kind));
    }

    [Fact]
    public async Task A_disabled_route_gives_no_link()
    {
        var item = ContentItem.FromJson("""
            { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cj1", "ContentItemVersionId": "4k7qxzmb2hf8yd3nq0vw5t9cj2", "ContentType": "Widget",
              "AutoroutePart": { "Path": "widgets/one", "Disabled": true } }
            """);

        var document = Assert.Single(await new SearchDocumentComposer([], Catalog()).BuildAsync([item], latest: false, CancellationToken.None));

        Assert.Null(document.Get(SearchFields.Url));
    }

    [Fact]
    public void The_api_gives_every_hit_value_after_the_fixed_properties_null_when_the_hit_has_none()
    {
        var status = new SearchHitValue("state", "type", Position: 1);
        var results = new SearchResults { Hits = [new SearchHit("id", "Article", "Title", "/a", "text", "Article", null, [new HitValue(status, null)])] };

        var json = System.Text.Json.JsonSerializer.SerializeToElement(SearchApi.ToResponse(results), System.Text.Json.JsonSerializerOptions.Web);

        var hit = json.GetProperty("hits")[0];
        Assert.Equal(["id", "type", "title", "url", "snippet", "state"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hit.GetProperty("state").ValueKind);
    }

    [Theory]
    [InlineData(null, false, "Try other words or fewer words.")]
    [InlineData(null, true, "Try other words, fewer words, or clear the filters.")]
    [InlineData("a chapter number such as 3.11", false, "Try other words, fewer words, or a chapter number such as 3.11.")]
    public void Nothing_found_advice_offers_what_the_site_suggests_and_clearing_filters(string? alsoTry, bool filtered, string advice)
    {
        var request = new SearchRequest { Filters = filtered ? new Dictionary<string, IReadOnlyList<string>> { ["type"] = ["Article"] } : new Dictionary<string, IReadOnlyList<string>>() };

        var model = new SearchPageModel(request, SearchResults.Empty, Catalog(), new SearchPageText { AlsoTry = alsoTry });

        Assert.Equal(advice, model.NothingFoundAdvice);
    }

    private static SearchCatalog Catalog(params Action<SearchCatalogBuilder>[] modules) =>
        new([new TypeFacetProvider(), .. modules.Select(m => new DelegateProvider(m))]);

    /// <summary>Search's own type facet, as its Startup registers it.</summary>
    private sealed class TypeFacetProvider : ISearchCatalogProvider
    {
        public void Describe(SearchCatalogBuilder catalog) => catalog.AddFacet(new SearchFacet(SearchCatalog.TypeFacet, "Type", Position: 40));
    }

    private sealed class DelegateProvider(Action<SearchCatalogBuilder> describe) : ISearchCatalogProvider
    {
        public void Describe(SearchCatalogBuilder catalog) => describe(catalog);
    }

    private sealed class NothingContributor : ISearchDocumentContributor
    {
        public Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct) => Task.CompletedTask;
    }
}

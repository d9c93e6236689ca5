using DurhamCms.Search.Contributors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.StrategicPlan.Search;

public static class PlanSearchServiceCollectionExtensions
{
    /// <summary>The plan's part in resident search: its facets, sort and number lookup, its documents' facts, the page's words.</summary>
    public static IServiceCollection AddPlanSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchHelpOptions>().BindConfiguration(SearchHelpOptions.Section)
            .Validate(o => SearchHelpOptions.IsWebAddress(o.ServiceRequestUrl), $"{SearchHelpOptions.Section}:ServiceRequestUrl must be an absolute http or https address.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchCatalogProvider, PlanSearchCatalog>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ISearchDocumentContributor, PlanSearchDocumentContributor>());
        services.Configure<SearchPageText>(text =>
        {
            text.Heading = "Search the plan";
            text.Description = "Search the City of Durham Strategic Plan: priorities, initiatives, key measures and status updates.";
            text.QueryLabel = "Words or an initiative number";
            text.Introduction = "Search the priorities, initiatives, key measures and status updates of the plan, for example “community engagement” or an initiative number such as 3.11.";
            text.AlsoTry = "an initiative number such as 3.11";
        });
        return services;
    }
}

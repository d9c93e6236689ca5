using DurhamCms.Data;
using DurhamCms.Modules;
using DurhamCms.StrategicPlan.Admin;
using DurhamCms.StrategicPlan.Dashboard;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Reporting;
using DurhamCms.StrategicPlan.OpenData;
using DurhamCms.StrategicPlan.Rules;
using DurhamCms.StrategicPlan.Search;
using DurhamCms.StrategicPlan.Staleness;
using DurhamCms.StrategicPlan.Status;
using DurhamCms.StrategicPlan.Translations;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan;

/// <summary>The Strategic Plan: its indexes and the residents' dashboard. Its content types come from the Durham recipe.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.StrategicPlan";

    public override string Name => "Strategic Plan";

    public override string Description => "The plan's indexes, rules, measures, residents' dashboard and open data. Its content types come from the Durham recipe.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.Contents", "DurhamCms.ContentFields", "DurhamCms.Parts", "DurhamCms.Search", "DurhamCms.Localization"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<InitiativeStatusResolver>();
        services.AddScoped<UpdateOverdueRule>();
        services.AddScoped<InitiativeReportingQuery>();
        services.AddPlanMeasures();
        services.AddPlanContentRules();
        services.AddPlanDashboard();
        services.AddPlanOpenData();
        services.AddPlanAdmin();
        services.AddPlanSearch();
        services.AddPlanReporting();
        services.AddPlanTranslations();
        services.AddContentIndex<InitiativeIndex, InitiativeIndexProvider, InitiativeIndexConfiguration>();
        services.AddContentIndex<KeyMeasureIndex, KeyMeasureIndexProvider, KeyMeasureIndexConfiguration>();
        services.AddSingleton<KeyMeasureStandingBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<KeyMeasureStandingBackfill>());
        services.AddContentIndex<StatusUpdateIndex, StatusUpdateIndexProvider, StatusUpdateIndexConfiguration>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlanOpenData();
}
